import { describe, expect, it } from 'vitest';
import { qrCodeSvg } from './qr-code';

describe('qrCodeSvg', () => {
  it('makes the same SVG for the same address, and another for another address', async () => {
    const first = await qrCodeSvg('https://school.example/balise/fr/lessons/consent/');
    expect(first).toMatch(/^<svg[^>]*viewBox="-2 -2 (\d+) \1"/);
    expect(first).toContain('<path');
    expect(await qrCodeSvg('https://school.example/balise/fr/lessons/consent/')).toBe(first);
    expect(await qrCodeSvg('https://school.example/balise/nl/lessons/consent/')).not.toBe(first);
  });
});
