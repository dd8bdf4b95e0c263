/**
 * Lets each code through once while it stays in front of the camera: a code equal to the last one
 * is held back until the camera has not seen it for `holdMs` (the same QR held up for seconds is
 * read at every frame). Another code always goes through, so a pupil who comes back after someone
 * else is read again (and the class page says "already counted").
 */
export function createRepeatFilter(holdMs: number): (code: string, now: number) => boolean {
  let last: string | undefined;
  let lastSeen = Number.NEGATIVE_INFINITY;
  return (code, now) => {
    const repeat = code === last && now - lastSeen < holdMs;
    last = code;
    lastSeen = now;
    return !repeat;
  };
}

/** How long the camera must lose sight of a code before the same code is read again (ms). */
export const REPEAT_HOLD_MS = 2500;
