import { describe, expect, it } from 'vitest';
import { labelPieces, pictureSymbolId } from './label-pieces';

describe('labelPieces', () => {
  const pictures = { '🙂': 'slightly-smiling-face', '🗣️': 'speaking-head', '👍🏽': 'thumbs-up-medium' };

  it('cuts a label into words and the pictures of its emoji', () => {
    expect(labelPieces('🙂 A helper I can tell', pictures)).toEqual([
      { picture: 'slightly-smiling-face' },
      ' A helper I can tell',
    ]);
    expect(labelPieces('Say it 🗣️ out loud 🙂', pictures)).toEqual([
      'Say it ',
      { picture: 'speaking-head' },
      ' out loud ',
      { picture: 'slightly-smiling-face' },
    ]);
  });

  it('matches the longest emoji first (a skin tone stays with its hand)', () => {
    expect(labelPieces('👍🏽 yes', { ...pictures, '👍': 'thumbs-up' })).toEqual([{ picture: 'thumbs-up-medium' }, ' yes']);
    const shortFirst = { '👍': 'thumbs-up', '🙂': 'slightly-smiling-face', '👍🏽': 'thumbs-up-medium' };
    expect(labelPieces('👍 or 👍🏽', shortFirst)).toEqual([{ picture: 'thumbs-up' }, ' or ', { picture: 'thumbs-up-medium' }]);
  });

  it('finds an emoji holding a character special in patterns', () => {
    expect(labelPieces('*️⃣ star', { '*️⃣': 'keycap-asterisk' })).toEqual([{ picture: 'keycap-asterisk' }, ' star']);
  });

  it('leaves words, and emoji without a picture, as they are', () => {
    expect(labelPieces('No emoji here', pictures)).toEqual(['No emoji here']);
    expect(labelPieces('🦄 unicorn', pictures)).toEqual(['🦄 unicorn']);
    expect(labelPieces('🙂 fine', {})).toEqual(['🙂 fine']);
  });

  it('names the symbol of a picture', () => {
    expect(pictureSymbolId('speaking-head')).toBe('picture-speaking-head');
  });
});
