import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CACHE_HASHED,
  CACHE_REVALIDATE,
  CLASS_PAGE_HEADERS,
  CLASS_PAGE_PERMISSIONS_POLICY,
  classPagePattern,
  SECURITY_HEADERS,
} from './security-headers';

const deploy = (file: string) => readFileSync(new URL(`../../../deploy/${file}`, import.meta.url), 'utf8');

const sentBy = (file: string) =>
  Object.fromEntries([...deploy(file).matchAll(/^add_header (\S+) "(.*)" always;$/gm)].map((m) => [m[1], m[2]]));

describe('the shipped nginx files say the same as the generated Apache and static-host files', () => {
  it('balise-headers.conf sends exactly the security headers', () => {
    expect(sentBy('balise-headers.conf')).toEqual(SECURITY_HEADERS);
  });

  it('balise-headers-class.conf sends the same, with the camera allowed', () => {
    expect(sentBy('balise-headers-class.conf')).toEqual(CLASS_PAGE_HEADERS);
    expect(CLASS_PAGE_HEADERS['Permissions-Policy']).toMatch(/^camera=\(self\), /);
    expect(SECURITY_HEADERS['Permissions-Policy']).toMatch(/^camera=\(\), /);
  });

  it('both nginx configurations use the class headers at the class pages, and only there', () => {
    for (const [file, base] of [
      ['nginx.conf', '/'],
      ['nginx-subpath.conf', '/balise/'],
    ] as const) {
      const text = deploy(file);
      const location = new RegExp(
        `location ~ (\\S+) \\{\\n\\s+try_files \\$uri \\$uri/ =404;\\n\\s+include balise-headers-class\\.conf;`,
      );
      expect(location.exec(text)?.[1], file).toBe(classPagePattern(base));
      expect(text.match(/balise-headers-class\.conf;/g), file).toHaveLength(1);
    }
  });

  it('both nginx configurations use the same cache rules', () => {
    for (const file of ['nginx.conf', 'nginx-subpath.conf']) {
      const values = [...deploy(file).matchAll(/add_header Cache-Control "([^"]+)" always;/g)].map((m) => m[1]);
      expect(new Set(values), file).toEqual(new Set([CACHE_REVALIDATE, CACHE_HASHED]));
    }
  });

  it('the explanation lists every header', () => {
    for (const name of [...Object.keys(SECURITY_HEADERS), 'Cache-Control'])
      expect(deploy('security-headers.md')).toContain(`\`${name}\``);
  });
});

describe('classPagePattern', () => {
  it('matches the class pages of any language and lesson under the base, and nothing else', () => {
    const root = new RegExp(classPagePattern('/'));
    expect(root.test('/fr/teachers/nudes-12/class/')).toBe(true);
    expect(root.test('/nl/teachers/a/class/index.html')).toBe(true);
    for (const path of ['/fr/teachers/nudes-12/', '/fr/teachers/class/', '/fr/teachers/a/projector/', '/x/fr/teachers/a/class/'])
      expect(root.test(path), path).toBe(false);
    const sub = new RegExp(classPagePattern('/bal.ise/'));
    expect(sub.test('/bal.ise/en/teachers/a/class/')).toBe(true);
    expect(sub.test('/balXise/en/teachers/a/class/')).toBe(false);
    expect(sub.test('/en/teachers/a/class/')).toBe(false);
    expect(CLASS_PAGE_PERMISSIONS_POLICY).toBe(CLASS_PAGE_HEADERS['Permissions-Policy']);
  });
});
