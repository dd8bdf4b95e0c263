import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/built-site';

describe('the camera scanner in the build', () => {
  const assets = readdirSync(join(DIST, '_astro'));
  const decoder = assets.filter((name) => /^qr-decoder\..+\.js$/.test(name));
  const loaders = assets.filter(
    (name) => name.endsWith('.js') && decoder.some((file) => readFileSync(join(DIST, '_astro', name), 'utf8').includes(file)),
  );

  it('ships the QR decoder (jsQR) as one file, loaded only by the scanner', () => {
    expect(decoder).toHaveLength(1);
    expect(readFileSync(join(DIST, '_astro', decoder[0]!), 'utf8')).toContain('inversionAttempts');
    expect(loaders.map((name) => name.replace(/\..*/, ''))).toEqual(['TicketScanner']);
  });

  it('keeps the decoder out of the offline precache of every device', () => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    expect(sw).toMatch(/_astro\/TicketScanner\./);
    expect(sw).not.toContain(decoder[0]);
  });
});
