import { isLocalSite } from './site-address';

/** What the build says about the configured address: nothing, a warning, or an error. */
export type SiteNotice = { level: 'warn' | 'error'; message: string } | undefined;

const yes = (value: string | undefined) => /^(1|true|yes)$/i.test(value ?? '');

/**
 * Checks `site` before a build. A local address (the default) in a build meant for a school is
 * a warning: QR codes and printed addresses would point to the computer that built the site.
 * `npm start` builds for this computer on purpose and sets BALISE_LOCAL_PREVIEW=1 (quiet);
 * BALISE_STRICT=1 or `--strict` makes the warning an error, e.g. in a school's deployment job.
 */
export function siteNotice(site: string, env: Record<string, string | undefined>, argv: readonly string[]): SiteNotice {
  if (!isLocalSite(site) || yes(env['BALISE_LOCAL_PREVIEW'])) return undefined;
  const strict = yes(env['BALISE_STRICT']) || argv.includes('--strict');
  const message =
    `"site" is ${site}, an address of this computer: QR codes and printed addresses (teacher notes, ` +
    `projector, letters, worksheets) will point to it, and pupils' phones cannot open it. Set "site" in ` +
    `balise.config.json or BALISE_SITE=https://your-school.example to the address the site is served from. ` +
    (strict
      ? '(This is an error because BALISE_STRICT=1 or --strict is set.)'
      : 'Pages served elsewhere correct the address themselves in the browser, but printed copies made before cannot be. ' +
        'BALISE_STRICT=1 or --strict makes this an error.');
  return { level: strict ? 'error' : 'warn', message };
}
