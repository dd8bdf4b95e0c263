import type { Band } from '../schemas/bands';

/** A picture of the set for each age band: its card on the home page, its page's header, and lessons without their own. */
export const BAND_PICTURES: Readonly<Record<Band, string>> = {
  '6-8': 'teddy-bear',
  '9-11': 'kite',
  '12-14': 'skateboard',
  '15-18': 'compass',
};

/** The picture of a lesson's card: the lesson's own (`picture` in its front matter), else its band's. */
export function cardPicture(lesson: { band: Band; picture?: string | undefined }): string {
  return lesson.picture ?? BAND_PICTURES[lesson.band];
}
