/**
 * The first of the browser's preferred languages that the site offers, matching on the primary
 * subtag (`nl-BE` → `nl`); undefined when none matches.
 */
export function suggestLanguage(preferred: readonly string[], offered: readonly string[]): string | undefined {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    const match = offered.find((lang) => lang === primary);
    if (match) return match;
  }
  return undefined;
}
