import { getIconData, iconToSVG } from '@iconify/utils';
import type { IconifyJSON } from '@iconify/types';
import { pictureSymbolId } from './label-pieces';
import { prefixIds } from './picture-svg';

/**
 * One picture of an Iconify set as a `<symbol>` of a page's sprite, drawn wherever a
 * `<use href="#picture-…">` points to it: a picture used many times is sent once. Its inner ids
 * get the symbol's id as a prefix. Throws, naming the picture, when the set lacks it.
 */
export function pictureSymbol(set: IconifyJSON, name: string): string {
  const data = getIconData(set, name);
  if (!data) throw new Error(`picture "${name}" is not in the ${set.prefix} set`);
  const { attributes, body } = iconToSVG(data);
  const id = pictureSymbolId(name);
  return `<symbol id="${id}" viewBox="${attributes.viewBox}">${prefixIds(body, `${id}-`)}</symbol>`;
}
