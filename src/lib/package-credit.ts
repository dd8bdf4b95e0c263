/** An open-source library credited on the about page: its name, project page and licence. */
export interface PackageCredit {
  name: string;
  /** The project's home page (or its repository). */
  url: string;
  /** SPDX licence id, e.g. "MIT". */
  licence: string;
  /** The licence's text on spdx.org. */
  licenceUrl: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A repository field (`owner/name`, `github:owner/name`, `git+https://….git`) as a web address. */
export function repositoryUrl(repository: unknown): string | undefined {
  const raw = isRecord(repository) ? repository['url'] : repository;
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(raw.trim());
  if (shorthand) return `https://github.com/${shorthand[1]}`;
  return raw
    .trim()
    .replace(/^git\+/, '')
    .replace(/^git:\/\//, 'https://')
    .replace(/\.git$/, '');
}

/**
 * The credit of a library from its package.json (`file` names it in errors): name, home page or
 * repository, and licence, which must be one SPDX id.
 */
export function packageCredit(pkg: unknown, file: string): PackageCredit {
  if (!isRecord(pkg) || typeof pkg['name'] !== 'string') throw new Error(`${file}: "name" is missing: is this a package.json?`);
  const licence = pkg['license'];
  if (typeof licence !== 'string' || !/^[\w.+-]+$/.test(licence)) {
    throw new Error(
      `${file}: "license" must be one SPDX licence id (e.g. "MIT") to credit ${pkg['name']} on the about page; got ${JSON.stringify(licence)}: credit this library by hand or choose another`,
    );
  }
  const homepage = typeof pkg['homepage'] === 'string' && /^https?:\/\//.test(pkg['homepage']) ? pkg['homepage'] : undefined;
  const url = homepage ?? repositoryUrl(pkg['repository']);
  if (!url) throw new Error(`${file}: neither "homepage" nor "repository" gives ${pkg['name']}'s address for the about page`);
  return { name: pkg['name'], url, licence, licenceUrl: `https://spdx.org/licenses/${licence}.html` };
}
