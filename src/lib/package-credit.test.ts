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
    expect(repositoryUrl(null)).toBeUndefined();
  });

  it('reads a shorthand or an address written with spaces around it', () => {
    expect(repositoryUrl(' nanostores/nanostores ')).toBe('https://github.com/nanostores/nanostores');
    expect(repositoryUrl({ url: ' https://codeberg.org/a/b ' })).toBe('https://codeberg.org/a/b');
  });

  it('takes only owner/name as a GitHub shorthand', () => {
    expect(repositoryUrl('codeberg.org/a/b')).toBe('codeberg.org/a/b');
  });

  it('drops git+, git:// and .git only at the start or end of the address', () => {
    expect(repositoryUrl('https://github.com/a/a.github.io.git')).toBe('https://github.com/a/a.github.io');
    expect(repositoryUrl('https://example.org/my-git+tools')).toBe('https://example.org/my-git+tools');
    expect(repositoryUrl('https://example.org/mirror?from=git://a/b')).toBe('https://example.org/mirror?from=git://a/b');
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
    expect(() => packageCredit(null, 'x.json')).toThrow('x.json: "name" is missing: is this a package.json?');
  });

  it('refuses a licence expression even without brackets', () => {
    expect(() => packageCredit({ name: 'x', license: 'MIT OR Apache-2.0', homepage: 'https://x.example' }, 'x.json')).toThrow(
      /got "MIT OR Apache-2.0"/,
    );
  });

  it('takes a home page only when it is a web address, http or https', () => {
    expect(packageCredit({ name: 'x', license: 'MIT', homepage: 'http://x.example' }, 'x.json').url).toBe('http://x.example');
    expect(
      packageCredit({ name: 'x', license: 'MIT', homepage: 'git+https://github.com/a/x', repository: 'a/x' }, 'x.json').url,
    ).toBe('https://github.com/a/x');
  });
});
