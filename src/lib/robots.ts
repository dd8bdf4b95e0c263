/** robots.txt: everything may be indexed, or, for a school that asks for `noindex`, nothing. */
export function robotsTxt(noindex: boolean): string {
  return `User-agent: *\n${noindex ? 'Disallow: /' : 'Allow: /'}\n`;
}
