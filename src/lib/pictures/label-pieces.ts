/** A piece of a quiz label: words, or the name of a picture to draw in place of an emoji. */
export type LabelPiece = string | { picture: string };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Cuts a label into words and pictures, for the island: `pictures` maps each emoji of the quiz
 * (as written) to its picture name, prepared at build time (see `quizPictures`), so the island
 * needs neither the emoji table nor the picture set. Longer emoji match first (a skin tone or a
 * joined emoji before its first part).
 */
export function labelPieces(text: string, pictures: Readonly<Record<string, string>>): LabelPiece[] {
  const emoji = Object.keys(pictures).sort((a, b) => b.length - a.length);
  if (emoji.length === 0) return [text];
  const pieces: LabelPiece[] = [];
  // Stryker disable next-line StringLiteral: the pattern is literal emoji strings, so with or without the u flag it matches the same places
  for (const part of text.split(new RegExp(`(${emoji.map(escape).join('|')})`, 'u'))) {
    const picture = pictures[part];
    if (picture) pieces.push({ picture });
    else if (part !== '') pieces.push(part);
  }
  return pieces;
}

/** The id of a picture's `<symbol>` in the page's sprite. */
export const pictureSymbolId = (name: string): string => `picture-${name}`;
