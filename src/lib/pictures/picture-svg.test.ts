import { describe, expect, it } from 'vitest';
import type { IconifyJSON } from '@iconify/types';
import { closestPictureNames, pictureSvg } from './picture-svg';

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
});
