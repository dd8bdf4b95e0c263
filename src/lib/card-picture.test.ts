import { describe, expect, it } from 'vitest';
import { pictureNames } from '../data/pictures';
import { BANDS } from '../schemas/bands';
import { BAND_PICTURES, cardPicture } from './card-picture';

describe('cardPicture', () => {
  it("is the lesson's own picture when it has one", () => {
    expect(cardPicture({ band: '6-8', picture: 'raised-hand' })).toBe('raised-hand');
  });

  it("falls back to the band's picture", () => {
    expect(cardPicture({ band: '15-18' })).toBe(BAND_PICTURES['15-18']);
    expect(cardPicture({ band: '6-8', picture: undefined })).toBe(BAND_PICTURES['6-8']);
  });

  it('gives every band a different picture of the set', () => {
    const pictures = BANDS.map((band) => BAND_PICTURES[band]);
    expect(new Set(pictures).size).toBe(BANDS.length);
    expect(pictures.filter((name) => !pictureNames.has(name))).toEqual([]);
  });
});
