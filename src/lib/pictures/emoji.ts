/** A piece of text: plain words, or an emoji to draw as a picture of the set. */
export type TextPiece = { text: string } | { picture: string; emoji: string };

/** Emoji (with their modifiers and joiners) as they appear in running text. */
const EMOJI =
  /\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic}\uFE0F?)*|[\u{1F1E6}-\u{1F1FF}]{2}|[#*0-9]\uFE0F\u20E3/gu;

/** The set's key for an emoji: its code points in hex, joined by "-", without variation selectors. */
export const emojiKey = (emoji: string): string =>
  [...emoji]
    .map((char) => char.codePointAt(0)!)
    .filter((code) => code !== 0xfe0f)
    .map((code) => code.toString(16))
    .join('-');

/**
 * Splits a text into words and emoji, each emoji named by the set's character table (`chars`),
 * so that it can be drawn as the set's SVG instead of an emoji font that old phones lack.
 * An emoji the table does not know stays text.
 */
export function emojiPieces(text: string, chars: Readonly<Record<string, string>>): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(EMOJI)) {
    const picture = chars[emojiKey(match[0])] ?? chars[`${emojiKey(match[0])}-fe0f`];
    if (!picture) continue;
    if (match.index > last) pieces.push({ text: text.slice(last, match.index) });
    pieces.push({ picture, emoji: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}
