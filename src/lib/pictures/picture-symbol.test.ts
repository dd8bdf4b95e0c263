import { describe, expect, it } from 'vitest';
import type { IconifyJSON } from '@iconify/types';
import { pictureSymbol } from './picture-symbol';

const set: IconifyJSON = {
  prefix: 'test-set',
  width: 32,
  height: 32,
  icons: {
    house: { body: '<defs><linearGradient id="g"/></defs><path fill="url(#g)" d="M0 0h32v32z"/>' },
  },
};

describe('pictureSymbol', () => {
  it('draws a picture as a symbol of the sprite, its inner ids prefixed', () => {
    expect(pictureSymbol(set, 'house')).toBe(
      '<symbol id="picture-house" viewBox="0 0 32 32"><defs><linearGradient id="picture-house-g"/></defs><path fill="url(#picture-house-g)" d="M0 0h32v32z"/></symbol>',
    );
  });

  it('names the missing picture', () => {
    expect(() => pictureSymbol(set, 'castle')).toThrow('picture "castle" is not in the test-set set');
  });
});
