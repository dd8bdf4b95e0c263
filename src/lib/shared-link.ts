/*
 * The class link of a shared device (a class tablet): `?shared=1` on any page makes the tab a
 * shared device for the rest of its browser session (sessionStorage `balise:shared` = "1");
 * `?shared=0` ends it. This module runs on every page (SiteScript) and imports nothing, so it never
 * pulls in the quiz's code; the quiz side reads the same key in `src/stores/shared-device.ts`.
 */

/** sessionStorage key of the shared mode (the same as `SHARED_KEY` in `src/stores/shared-device.ts`). */
export const SHARED_LINK_KEY = 'balise:shared';

/** Remembers what the page address says (`?shared=1`, `?shared=0`) for the rest of the browser session. Never throws. */
export function rememberSharedDevice(search: string, session: () => Storage | undefined): void {
  const shared = new URLSearchParams(search).get('shared');
  try {
    if (shared === '1') session()?.setItem(SHARED_LINK_KEY, '1');
    if (shared === '0') session()?.removeItem(SHARED_LINK_KEY);
  } catch {
    // Without sessionStorage, each page's own address decides (see src/stores/shared-device.ts).
  }
}
