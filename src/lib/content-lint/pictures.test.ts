import { describe, expect, it } from 'vitest';
import { pictureTagProblems, pictureTags, sectionsWithoutPicture } from './pictures';

const body = [
  '## My phone',
  '<Picture name="mobile-phone" alt="A phone" />',
  'Text.',
  '## Secrets',
  'No picture here.',
  '## Helpers',
  'Text <Picture name="house" alt="" /> and more.',
].join('\n');

describe('pictureTags', () => {
  it('finds each tag with its line, name and alt', () => {
    expect(pictureTags(body)).toEqual([
      { line: 2, name: 'mobile-phone', alt: 'A phone' },
      { line: 7, name: 'house', alt: '' },
    ]);
    expect(pictureTags('<Picture />')).toEqual([{ line: 1, name: undefined, alt: undefined }]);
  });
});

describe('sectionsWithoutPicture', () => {
  it('lists the sections that show no picture', () => {
    expect(sectionsWithoutPicture(body)).toEqual([{ heading: 'Secrets', line: 4 }]);
  });
  it('does not count a picture above the first heading for a section', () => {
    expect(sectionsWithoutPicture('<Picture name="x" alt="" />\n## One\ntext')).toEqual([{ heading: 'One', line: 2 }]);
  });
});

describe('pictureTagProblems', () => {
  const known = new Set(['mobile-phone']);
  it('accepts a known picture with a text alternative or marked decorative', () => {
    expect(pictureTagProblems({ line: 1, name: 'mobile-phone', alt: 'A phone' }, known)).toEqual([]);
    expect(pictureTagProblems({ line: 1, name: 'mobile-phone', alt: '' }, known)).toEqual([]);
  });
  it('names what is missing or unknown', () => {
    expect(pictureTagProblems({ line: 1, name: 'phone', alt: 'x' }, known)).toEqual([
      '<Picture name="phone">: no picture by that name in the set: did you mean mobile-phone? (names: lessons/README.md, "Pictures")',
    ]);
    expect(pictureTagProblems({ line: 1, name: 'castle', alt: 'x' }, known)[0]).toBe(
      '<Picture name="castle">: no picture by that name in the set (names: lessons/README.md, "Pictures")',
    );
    expect(pictureTagProblems({ line: 1, name: 'mobile-phone' }, known)).toEqual([
      '<Picture name="mobile-phone"> needs alt: say what it shows (alt="A phone"), or alt="" if it only decorates',
    ]);
    expect(pictureTagProblems({ line: 1 }, known)).toHaveLength(2);
  });
});

describe('pictures in a lesson saved with Windows line ends', () => {
  it('finds the sections without a picture of a body whose lines end in CR LF', () => {
    expect(sectionsWithoutPicture(body.replace(/\n/g, '\r\n'))).toEqual([{ heading: 'Secrets', line: 4 }]);
  });
});

describe('pictures, more shapes', () => {
  it('reads a tag without its closing slash and attributes in any order', () => {
    expect(pictureTags('<Picture alt="A house" name="house">')).toEqual([{ line: 1, name: 'house', alt: 'A house' }]);
  });

  it('counts only level-2 headings as sections, without their surrounding spaces', () => {
    expect(sectionsWithoutPicture('## One  \n### Detail\ntext')).toEqual([{ heading: 'One', line: 1 }]);
  });

  it('says how to name a tag without a name, and offers every close name', () => {
    expect(pictureTagProblems({ line: 1 }, new Set(['mobile-phone']))).toEqual([
      '<Picture> needs a name, e.g. <Picture name="mobile-phone" alt="A phone" />',
      '<Picture name=""> needs alt: say what it shows (alt="A phone"), or alt="" if it only decorates',
    ]);
    expect(pictureTagProblems({ line: 1, name: 'phone', alt: '' }, new Set(['mobile-phone', 'phone-call']))).toEqual([
      '<Picture name="phone">: no picture by that name in the set: did you mean phone-call, mobile-phone? (names: lessons/README.md, "Pictures")',
    ]);
  });
});
