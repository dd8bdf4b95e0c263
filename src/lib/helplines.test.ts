import { describe, expect, it } from 'vitest';
import { REGIONS } from '../schemas/helplines';
import { helplinesFile, helplinesForRegion } from './helplines';
import { telHref, unbreakable } from './phone';

const phoneOf = (id: string) => helplinesFile.helplines.find((line) => line.id === id)?.phone;

describe('helplines data', () => {
  it('holds the checked numbers of the content guide', () => {
    expect(phoneOf('child-focus')).toBe('116 000');
    expect(phoneOf('ecoute-enfants')).toBe('103');
    expect(phoneOf('awel')).toBe('102');
    expect(phoneOf('1712')).toBe('1712');
    expect(phoneOf('emergency')).toBe('112');
    expect(phoneOf('police')).toBe('101');
  });

  it.each(REGIONS)('%s: Child Focus first, emergency numbers last', (region) => {
    const lines = helplinesForRegion(region);
    expect(lines[0]?.id).toBe('child-focus');
    expect(lines.slice(-2).map((line) => line.id)).toEqual(['emergency', 'police']);
  });

  it('gives the French-speaking and Dutch-speaking lines to their regions', () => {
    const ids = (region: (typeof REGIONS)[number]) => helplinesForRegion(region).map((line) => line.id);
    expect(ids('wallonia')).toContain('ecoute-enfants');
    expect(ids('wallonia')).not.toContain('awel');
    expect(ids('flanders')).toEqual(expect.arrayContaining(['awel', '1712']));
    expect(ids('flanders')).not.toContain('ecoute-enfants');
    expect(ids('brussels')).toEqual(expect.arrayContaining(['awel', 'ecoute-enfants']));
  });

  it('dials without spaces, and shows the number without line breaks', () => {
    expect(telHref('116 000')).toBe('tel:116000');
    expect(unbreakable('Call 116 000')).toBe('Call\u00a0116\u00a0000');
  });
});
