import { getIconData, iconToHTML, iconToSVG } from '@iconify/utils';
import type { IconifyJSON } from '@iconify/types';

/** How a picture is announced: a text alternative, or decorative (hidden from screen readers). */
export interface PictureText {
  /** Text alternative; an empty string marks the picture decorative. */
  alt: string;
}

/**
 * Names of the set's pictures closest to a misspelt one, for error messages: names sharing whole
 * words first, then names containing a word of it (3 letters or more), shortest first.
 */
export function closestPictureNames(names: Iterable<string>, name: string, count = 3): string[] {
  const words = name.toLowerCase().split('-');
  const whole = new Set(words);
  const parts = words.filter((word) => word.length >= 3);
  return [...names]
    .map((candidate) => {
      const pieces = candidate.split('-');
      const shared = pieces.filter((word) => whole.has(word)).length;
      const partial = parts.filter((word) => candidate.includes(word)).length;
      return { candidate, score: shared * 10 + partial };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.candidate.length - b.candidate.length || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}

let drawn = 0;

/** Gives every id inside an SVG body (and its `#id` references) a prefix, so that ids stay unique on a page. */
export function prefixIds(body: string, prefix: string): string {
  const ids = [...body.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
  return ids.reduce(
    (out, id) =>
      out.replace(new RegExp(`(id="|#)${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=["')])`, 'g'), `$1${prefix}${id}`),
    body,
  );
}

/**
 * The inline SVG of one picture of an Iconify set, at build time (no JS on the page): with
 * `role="img"` and its text alternative, or `aria-hidden` when `alt` is empty. Ids inside the
 * SVG get a prefix so that two pictures on a page never share one. Throws, naming the picture
 * and the closest names, when the set has no picture by that name.
 */
export function pictureSvg(set: IconifyJSON, name: string, { alt }: PictureText): string {
  const data = getIconData(set, name);
  if (!data) {
    const near = closestPictureNames(Object.keys(set.icons), name);
    throw new Error(
      `picture "${name}" is not in the ${set.prefix} set: use a name from https://icon-sets.iconify.design/${set.prefix}/${near.length > 0 ? `, e.g. ${near.join(', ')}` : ''}`,
    );
  }
  const { attributes, body } = iconToSVG(data, { height: 'auto' });
  const label = alt.trim();
  const a11y: Record<string, string> =
    label === '' ? { 'aria-hidden': 'true', focusable: 'false' } : { role: 'img', 'aria-label': label };
  drawn += 1;
  return iconToHTML(prefixIds(body, `${name}-${drawn}-`), { ...attributes, class: 'picture-svg', ...a11y });
}
