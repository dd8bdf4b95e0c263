import icons from '@iconify-json/fluent-emoji-flat/icons.json' with { type: 'json' };
import chars from '@iconify-json/fluent-emoji-flat/chars.json' with { type: 'json' };
import info from '@iconify-json/fluent-emoji-flat/info.json' with { type: 'json' };
import type { IconifyJSON } from '@iconify/types';
import { emojiPieces, type TextPiece } from '../lib/pictures/emoji';
import { pictureSvg } from '../lib/pictures/picture-svg';
import { pictureSymbol as symbolOf } from '../lib/pictures/picture-symbol';

/**
 * The picture set of lessons, cards and quiz labels: Fluent Emoji Flat (Microsoft, MIT), drawn as
 * inline SVG at build time, never through an emoji font. Build-time only: never import from an island.
 */
const set = icons as IconifyJSON;

/** Every picture name the lessons may use. */
export const pictureNames: ReadonlySet<string> = new Set([...Object.keys(set.icons), ...Object.keys(set.aliases ?? {})]);

/** Name, author and licence of the set, for the credits on the about page. */
export const pictureCredits = {
  name: info.name,
  author: info.author.name,
  url: info.author.url,
  licence: info.license.title,
  licenceUrl: info.license.url,
};

/** The inline SVG of a picture; `alt` is its text alternative, or "" if it only decorates. */
export const picture = (name: string, alt: string): string => pictureSvg(set, name, { alt });

/** A text cut into words and emoji, each emoji named as a picture of the set. */
export const textPieces = (text: string): TextPiece[] => emojiPieces(text, chars as Record<string, string>);

/** A picture as a `<symbol>` of the page's sprite (see QuizPictures.astro), for pictures used many times. */
export const pictureSymbol = (name: string): string => symbolOf(set, name);
