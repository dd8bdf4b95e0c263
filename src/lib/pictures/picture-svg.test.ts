import { describe, expect, it } from 'vitest';
import type { IconifyJSON } from '@iconify/types';
import { closestPictureNames, pictureSvg, prefixIds } from './picture-svg';

const set: IconifyJSON = {
  prefix: 'test-set',
  width: 32,
  height: 32,
  icons: {
    'mobile-phone': { body: '<defs><linearGradient id="g"/></defs><path fill="url(#g)" d="M0 0h32v32z"/>' },
    'mobile-phone-off': { body: '<path d="M1 1"/>' },
    house: { body: '<path d="M2 2"/>' },
  },
};

describe('pictureSvg', () => {
  it('draws a picture with its text alternative', () => {
    const svg = pictureSvg(set, 'house', { alt: 'A house' });
    expect(svg).toMatch(/^<svg[^>]* role="img"/);
    expect(svg).toContain('aria-label="A house"');
    expect(svg).toContain('viewBox="0 0 32 32"');
    expect(svg).toContain('<path d="M2 2"/>');
    expect(svg).not.toContain('aria-hidden');
  });
  it('hides a decorative picture from screen readers', () => {
    const svg = pictureSvg(set, 'house', { alt: ' ' });
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).not.toContain('role="img"');
  });
  it('gives ids inside the picture a prefix of its own', () => {
    const svg = pictureSvg(set, 'mobile-phone', { alt: '' });
    expect(svg).not.toContain('id="g"');
    expect(svg).toMatch(/id="mobile-phone-\d+-g"/);
    expect(svg).toMatch(/url\(#mobile-phone-\d+-g\)/);
    const again = pictureSvg(set, 'mobile-phone', { alt: '' });
    expect(again.match(/id="([^"]+)"/)![1]).not.toBe(svg.match(/id="([^"]+)"/)![1]);
  });
  it('names the unknown picture and the closest names', () => {
    expect(() => pictureSvg(set, 'phone-mobile', { alt: '' })).toThrow(
      /picture "phone-mobile" is not in the test-set set: .*e\.g\. mobile-phone, mobile-phone-off/,
    );
    expect(closestPictureNames(Object.keys(set.icons), 'castle')).toEqual([]);
    expect(closestPictureNames(Object.keys(set.icons), 'hous')).toEqual(['house']);
    expect(closestPictureNames(['a-phone', 'phone', 'telephone'], 'phone')).toEqual(['phone', 'a-phone', 'telephone']);
  });
  it('keeps the size of the picture and the class of every picture', () => {
    const wide: IconifyJSON = { prefix: 'wide', width: 32, height: 24, icons: { bus: { body: '<path d="M3 3"/>' } } };
    const svg = pictureSvg(wide, 'bus', { alt: '' });
    expect(svg).toContain('width="32" height="24"');
    expect(svg).toContain('class="picture-svg"');
    expect(svg).toContain('focusable="false"');
  });
  it('names no close picture when none comes near', () => {
    expect(() => pictureSvg(set, 'castle', { alt: '' })).toThrow(
      /^picture "castle" is not in the test-set set: use a name from https:\/\/icon-sets\.iconify\.design\/test-set\/$/,
    );
  });
});

describe('closestPictureNames', () => {
  it('gives three names unless asked for more or fewer', () => {
    const names = ['phone', 'phone-a', 'phone-b', 'phone-c', 'phone-d'];
    expect(closestPictureNames(names, 'phone')).toEqual(['phone', 'phone-a', 'phone-b']);
    expect(closestPictureNames(names, 'phone', 1)).toEqual(['phone']);
    expect(closestPictureNames(names, 'phone', 5)).toHaveLength(5);
  });
  it('puts a name sharing a whole word before names only containing words', () => {
    expect(closestPictureNames(['phones', 'phone-big'], 'phone')).toEqual(['phone-big', 'phones']);
    expect(closestPictureNames(['phonehouse', 'phone'], 'phone-house')).toEqual(['phone', 'phonehouse']);
  });
  it('matches parts of names on words of three letters or more only', () => {
    expect(closestPictureNames(['bobcat'], 'cat')).toEqual(['bobcat']);
    expect(closestPictureNames(['tabby'], 'ab-xyz')).toEqual([]);
  });
});

describe('prefixIds', () => {
  it('prefixes ids of several letters and their references', () => {
    const out = prefixIds('<linearGradient id="grad"/><path fill="url(#grad)"/>', 'p-');
    expect(out).toBe('<linearGradient id="p-grad"/><path fill="url(#p-grad)"/>');
  });
  it('prefixes ids holding characters special in patterns', () => {
    const out = prefixIds('<clipPath id="clip.1"/><g clip-path="url(#clip.1)"/>', 'p-');
    expect(out).toBe('<clipPath id="p-clip.1"/><g clip-path="url(#p-clip.1)"/>');
  });
});
