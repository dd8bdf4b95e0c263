import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CACHE_HASHED, CACHE_REVALIDATE, SECURITY_HEADERS } from './security-headers';

const deploy = (file: string) => readFileSync(new URL(`../../../deploy/${file}`, import.meta.url), 'utf8');

describe('the shipped nginx files say the same as the generated Apache and static-host files', () => {
  it('balise-headers.conf sends exactly the security headers', () => {
    const sent = Object.fromEntries(
      [...deploy('balise-headers.conf').matchAll(/^add_header (\S+) "(.*)" always;$/gm)].map((m) => [m[1], m[2]]),
    );
    expect(sent).toEqual(SECURITY_HEADERS);
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
