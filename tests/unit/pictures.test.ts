import { describe, expect, it } from 'vitest';
import { picture, pictureCredits, pictureNames, textPieces } from '../../src/data/pictures';

describe('the picture set', () => {
  it('draws a picture of the set as inline SVG with its text alternative', () => {
    const svg = picture('mobile-phone', 'A phone');
    expect(svg).toMatch(/^<svg [^>]*aria-label="A phone"/);
    expect(svg).toContain('<path');
    expect(pictureNames.has('mobile-phone')).toBe(true);
  });
  it('names emoji of quiz labels as pictures of the same set', () => {
    expect(textPieces('📱 Phone')).toEqual([{ picture: 'mobile-phone', emoji: '📱' }, { text: ' Phone' }]);
    for (const piece of textPieces('✅ ❌ 🔒 👀 😊')) if ('picture' in piece) expect(pictureNames.has(piece.picture)).toBe(true);
  });
  it('credits the set and its licence', () => {
    expect(pictureCredits).toMatchObject({ name: 'Fluent Emoji Flat', author: 'Microsoft Corporation', licence: 'MIT' });
  });
});
