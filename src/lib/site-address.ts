/** Host names that only mean "this computer": an address with one of them is useless to pupils. */
export function isLocalHost(hostname: string): boolean {
  return /^(localhost|127(\.\d+){3}|\[::1\]|::1|0\.0\.0\.0)$/.test(hostname) || hostname.endsWith('.localhost');
}

/** Whether the configured `site` is this computer (the default `http://localhost:4321`). */
export function isLocalSite(site: string): boolean {
  return isLocalHost(new URL(site).hostname);
}

/** Where a page is served from, as `location` gives it. */
export interface Here {
  protocol: string;
  hostname: string;
  origin: string;
}

/**
 * The address a page should print instead of `printed`, or undefined to keep it: when the build
 * could not know the school's address (it printed a local one) and the page is served from
 * another host over http(s), the same path on the page's own origin.
 */
export function servedAddress(printed: string, here: Here): string | undefined {
  const address = new URL(printed);
  if (!isLocalHost(address.hostname) || isLocalHost(here.hostname)) return undefined;
  if (here.protocol !== 'http:' && here.protocol !== 'https:') return undefined;
  return new URL(address.pathname + address.search + address.hash, here.origin).href;
}

/** An address as people type it: without `https://`, `www.` and the final slash. */
export function shortAddress(address: string): string {
  return address
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');
}
