/**
 * The largest type scale, between `floor` and 1, at which a slide fits, found by halving the
 * interval `steps` times; `fits(scale)` applies the scale and measures. Returns the floor when
 * even the floor does not fit (the split at build time is made so that this does not happen).
 */
export function fitScale(fits: (scale: number) => boolean, floor: number, steps = 6): number {
  if (fits(1)) return 1;
  let low = floor;
  let high = 1;
  for (let step = 0; step < steps; step += 1) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  fits(low);
  return low;
}

/** The smallest type scale of a projector slide, relative to its full size (see projector.css). */
export const TYPE_FLOOR = 0.7;
