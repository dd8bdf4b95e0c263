/**
 * The `<title>` of a page: its own title, then the site's name. A page whose title is the site's
 * name (a language's home) gets the tagline instead, so no title reads "Balise · Balise" and the
 * homes of the three languages differ.
 */
export function documentTitle(title: string, siteName: string, tagline: string): string {
  return title === siteName ? `${siteName} · ${tagline}` : `${title} · ${siteName}`;
}
