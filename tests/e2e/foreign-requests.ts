import type { Page } from '@playwright/test';

/**
 * Starts recording every request the page makes to another origin than the site's (data: and
 * blob: addresses stay on the device); returns the list, filled as the page runs.
 */
export function foreignRequests(page: Page, baseURL: string | undefined): string[] {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(request.url());
  });
  return foreign;
}
