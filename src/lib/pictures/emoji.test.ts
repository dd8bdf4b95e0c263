import { describe, expect, it } from 'vitest';
import { emojiKey, emojiPieces } from './emoji';

const chars = {
  '1f4f1': 'mobile-phone',
  '2705': 'check-mark-button',
  '1f44d-1f3fd': 'thumbs-up-medium-skin-tone',
  '1f1e7-1f1ea': 'flag-belgium',
};

describe('emojiKey', () => {
  it('joins code points in hex and drops variation selectors', () => {
    expect(emojiKey('📱')).toBe('1f4f1');
    expect(emojiKey('✅\uFE0F')).toBe('2705');
    expect(emojiKey('👍🏽')).toBe('1f44d-1f3fd');
  });
});

describe('emojiPieces', () => {
  it('cuts a label into words and pictures, keeping the words exactly', () => {
    expect(emojiPieces('📱 My phone ✅', chars)).toEqual([
      { picture: 'mobile-phone', emoji: '📱' },
      { text: ' My phone ' },
      { picture: 'check-mark-button', emoji: '✅' },
    ]);
  });
  it('keeps skin tones and flags as one picture', () => {
    expect(emojiPieces('Yes 👍🏽!', chars)).toEqual([
      { text: 'Yes ' },
      { picture: 'thumbs-up-medium-skin-tone', emoji: '👍🏽' },
      { text: '!' },
    ]);
    expect(emojiPieces('🇧🇪', chars)).toEqual([{ picture: 'flag-belgium', emoji: '🇧🇪' }]);
  });
  it('leaves text without emoji, and emoji the set lacks, as text', () => {
    expect(emojiPieces('No pictures here.', chars)).toEqual([{ text: 'No pictures here.' }]);
    expect(emojiPieces('a 🦖 b', chars)).toEqual([{ text: 'a 🦖 b' }]);
  });
  it('keeps joined emoji and keycaps as one picture', () => {
    expect(emojiPieces('👩‍💻', { '1f469-200d-1f4bb': 'woman-technologist' })).toEqual([
      { picture: 'woman-technologist', emoji: '👩‍💻' },
    ]);
    expect(emojiPieces('Press #️⃣', { '23-20e3': 'keycap-number-sign' })).toEqual([
      { text: 'Press ' },
      { picture: 'keycap-number-sign', emoji: '#️⃣' },
    ]);
  });
  it('finds an emoji the set names with its variation selector', () => {
    expect(emojiPieces('☺️', { '263a-fe0f': 'smiling-face' })).toEqual([{ picture: 'smiling-face', emoji: '☺️' }]);
  });
});
