import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../src/lib/hosting/headers-file';
import { CLASS_PAGE_PERMISSIONS_POLICY, classPagePattern, COMPRESSED_EXTENSIONS } from '../../src/lib/hosting/security-headers';
import { DIST, readBuiltSite } from '../support/built-site';

describe('server files and precompressed files in the build', () => {
  const { files } = readBuiltSite();

  it('writes .htaccess for the base path, _headers and .nojekyll', () => {
    expect(readFileSync(join(DIST, '.htaccess'), 'utf8')).toContain('ErrorDocument 404 /404.html\n');
    expect(existsSync(join(DIST, '.nojekyll'))).toBe(true);
  });

  it('_headers never sets one header twice for any file of the site (but the class pages allow the camera last)', () => {
    const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
    const paths = [...files].flatMap((file) =>
      file.endsWith('/index.html') ? [file, file.replace(/index\.html$/, '')] : [file],
    );
    const classPage = new RegExp(classPagePattern('/'));
    const joined = paths.flatMap((path) =>
      Object.entries(headersForPath(rules, path))
        .filter(([name, values]) => values.length > 1 && !(name === 'permissions-policy' && classPage.test(path)))
        .map(([name]) => `${path}: ${name}`),
    );
    expect(joined).toEqual([]);
    const classPages = paths.filter((path) => classPage.test(path));
    expect(classPages.length).toBeGreaterThan(0);
    for (const path of classPages)
      expect(headersForPath(rules, path)['permissions-policy']?.at(-1), path).toBe(CLASS_PAGE_PERMISSIONS_POLICY);
    expect(Object.keys(headersForPath(rules, '/en/'))).toContain('x-frame-options');
  });

  it('writes .br and .gz beside every text file big enough to gain from it', () => {
    const text = new RegExp(`\\.(${COMPRESSED_EXTENSIONS.join('|')})$`);
    const originals = [...files].filter((file) => text.test(file) && readFileSync(join(DIST, file)).length > 1024);
    expect(originals.length).toBeGreaterThan(100);
    const lacking = originals.filter((file) => !files.has(`${file}.br`) || !files.has(`${file}.gz`));
    expect(lacking).toEqual([]);
  });

  it('keeps the compressed copies out of the offline precache', () => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    expect(sw).toMatch(/"?url"?:"[^"]+"/);
    expect(sw).not.toMatch(/"?url"?:"[^"]+\.(br|gz)"/);
  });
});
