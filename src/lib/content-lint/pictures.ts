import type { Band } from '../../schemas/bands';
import { closestPictureNames } from '../pictures/picture-svg';

/** A `<Picture … />` tag of an MDX body. */
export interface PictureTag {
  /** 1-based line in the body. */
  line: number;
  name?: string | undefined;
  alt?: string | undefined;
}

const TAG = /<Picture\b([^>]*)\/?>/g;
const attribute = (attributes: string, key: string) => new RegExp(`\\b${key}="([^"]*)"`).exec(attributes)?.[1];

/** The `<Picture>` tags of an MDX body, with their name and text alternative. */
export function pictureTags(body: string): PictureTag[] {
  return body.split(/\r?\n/).flatMap((text, index) =>
    [...text.matchAll(TAG)].map((match) => ({
      line: index + 1,
      name: attribute(match[1]!, 'name'),
      alt: attribute(match[1]!, 'alt'),
    })),
  );
}

/** Bands where every `##` section of a lesson shows a picture. */
export const PICTURE_IN_EVERY_SECTION: ReadonlySet<Band> = new Set(['6-8']);

/** The `##` sections of a body without a `<Picture>`: their heading and 1-based line. */
export function sectionsWithoutPicture(body: string): Array<{ heading: string; line: number }> {
  const sections: Array<{ heading: string; line: number; pictured: boolean }> = [];
  body.split(/\r?\n/).forEach((text, index) => {
    // Stryker disable next-line Regex: with `\s` for `\s+` the trim below removes the other spaces; without `$`, `.*` still runs to the end of the split line.
    const heading = /^##\s+(.*)$/.exec(text);
    if (heading) sections.push({ heading: heading[1]!.trim(), line: index + 1, pictured: false });
    else if (/<Picture\b/.test(text) && sections.length > 0) sections[sections.length - 1]!.pictured = true;
  });
  return sections.filter((section) => !section.pictured).map(({ heading, line }) => ({ heading, line }));
}

/** Problems of one picture tag: no name, a name not in the set, no `alt` attribute. */
export function pictureTagProblems(tag: PictureTag, known: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (!tag.name) problems.push('<Picture> needs a name, e.g. <Picture name="mobile-phone" alt="A phone" />');
  else if (!known.has(tag.name)) {
    const near = closestPictureNames(known, tag.name);
    problems.push(
      `<Picture name="${tag.name}">: no picture by that name in the set${near.length > 0 ? `: did you mean ${near.join(', ')}?` : ''} (names: lessons/README.md, "Pictures")`,
    );
  }
  if (tag.alt === undefined)
    problems.push(
      `<Picture name="${tag.name ?? ''}"> needs alt: say what it shows (alt="A phone"), or alt="" if it only decorates`,
    );
  return problems;
}
