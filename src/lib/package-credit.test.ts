import { describe, expect, it } from 'vitest';
import { packageCredit, repositoryUrl } from './package-credit';

describe('repositoryUrl', () => {
  it('reads the shorthand and the object forms', () => {
    expect(repositoryUrl('nanostores/nanostores')).toBe('https://github.com/nanostores/nanostores');
    expect(repositoryUrl('github:davidje13/lean-qr')).toBe('https://github.com/davidje13/lean-qr');
    expect(repositoryUrl({ type: 'git', url: 'git+https://github.com/GoogleChrome/workbox.git' })).toBe(
      'https://github.com/GoogleChrome/workbox',
    );
    expect(repositoryUrl({ type: 'git', url: 'git://github.com/a/b.git' })).toBe('https://github.com/a/b');
  });

  it('is undefined without an address', () => {
    expect(repositoryUrl(undefined)).toBeUndefined();
    expect(repositoryUrl({ type: 'git' })).toBeUndefined();
    expect(repositoryUrl('  ')).toBeUndefined();
  });
});

describe('packageCredit', () => {
  it('prefers the home page and links the licence on spdx.org', () => {
    expect(
      packageCredit({ name: 'solid-js', license: 'MIT', homepage: 'https://solidjs.com', repository: 'x/y' }, 'p.json'),
    ).toEqual({
      name: 'solid-js',
      url: 'https://solidjs.com',
      licence: 'MIT',
      licenceUrl: 'https://spdx.org/licenses/MIT.html',
    });
  });

  it('falls back to the repository', () => {
    expect(packageCredit({ name: 'nanostores', license: 'MIT', repository: 'nanostores/nanostores' }, 'p.json').url).toBe(
      'https://github.com/nanostores/nanostores',
    );
  });

  it('names the file, the field and the fix when something is missing', () => {
    expect(() =>
      packageCredit({ name: 'x', license: '(MIT OR Apache-2.0)', homepage: 'https://x.example' }, 'node_modules/x/package.json'),
    ).toThrow(
      'node_modules/x/package.json: "license" must be one SPDX licence id (e.g. "MIT") to credit x on the about page; got "(MIT OR Apache-2.0)": credit this library by hand or choose another',
    );
    expect(() => packageCredit({ name: 'x', license: 'MIT' }, 'x.json')).toThrow(
      `x.json: neither "homepage" nor "repository" gives x's address for the about page`,
    );
    expect(() => packageCredit([], 'x.json')).toThrow('x.json: "name" is missing: is this a package.json?');
  });
});
