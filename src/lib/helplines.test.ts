import { describe, expect, it } from 'vitest';
import { BANDS } from '../schemas/bands';
import { helplinesFileSchema, REGIONS, type HelplinesFile } from '../schemas/helplines';
import { describeFor, everyAgeCard, helpCard, helplinesFile, schoolSupport } from './helplines';
import { telHref, unbreakable } from './phone';

const line = (id: string) => helplinesFile.helplines.find((entry) => entry.id === id);
const ids = (region: (typeof REGIONS)[number], band?: (typeof BANDS)[number], lang: 'fr' | 'nl' | 'en' = 'en') => {
  const card = helpCard(region, band, lang);
  return [...card.services, ...card.emergency].map((entry) => entry.id);
};

describe('helplines data', () => {
  it('holds the numbers of FACTS.md table 2', () => {
    expect(
      Object.fromEntries(helplinesFile.helplines.filter((entry) => entry.phone).map((entry) => [entry.id, entry.phone])),
    ).toEqual({
      'child-focus': '116 000',
      'ecoute-enfants': '103',
      awel: '102',
      '1712': '1712',
      telefonhilfe: '108',
      'suicide-prevention-fr': '0800 32 123',
      zelfmoordlijn: '1813',
      'tele-accueil': '107',
      'tele-onthaal': '106',
      'iefh-igvm': '0800 12 800',
      emergency: '112',
      police: '101',
    });
  });

  it('says "day and night" only where FACTS.md verifies it', () => {
    const always = helplinesFile.helplines.filter((entry) => entry.hours === 'always').map((entry) => entry.id);
    expect(always.sort()).toEqual(
      ['child-focus', 'cpvs-zsg', 'emergency', 'police', 'suicide-prevention-fr', 'telefonhilfe', 'zelfmoordlijn'].sort(),
    );
  });
});

describe('the help card by region and age band', () => {
  it.each(REGIONS)("%s: the 6-8 card is short: the children's line, Child Focus and 112", (region) => {
    const card = helpCard(region, '6-8', 'en');
    expect(card.services.length).toBeLessThanOrEqual(3);
    expect(card.services.map((entry) => entry.id)).toContain('child-focus');
    expect(card.emergency.map((entry) => entry.id)).toEqual(['emergency']);
  });

  it("puts the children's line and Child Focus first", () => {
    expect(ids('wallonia', '12-14').slice(0, 2)).toEqual(['ecoute-enfants', 'child-focus']);
    expect(ids('flanders', '12-14').slice(0, 2)).toEqual(['awel', 'child-focus']);
    expect(ids('german-speaking', '9-11').slice(0, 2)).toEqual(['telefonhilfe', 'child-focus']);
  });

  it('adds Take It Down and the crisis lines from 12, and adult services for 15-18 only', () => {
    expect(ids('wallonia', '9-11')).not.toContain('take-it-down');
    expect(ids('wallonia', '12-14')).toEqual(expect.arrayContaining(['take-it-down', 'suicide-prevention-fr']));
    expect(ids('flanders', '12-14')).toEqual(expect.arrayContaining(['take-it-down', 'zelfmoordlijn', '1712']));
    for (const region of REGIONS) {
      for (const band of ['6-8', '9-11', '12-14'] as const) {
        expect(ids(region, band)).not.toEqual(expect.arrayContaining(['iefh-igvm']));
        expect(ids(region, band)).not.toContain('stopncii');
        expect(ids(region, band)).not.toContain('cpvs-zsg');
      }
      expect(ids(region, '15-18')).toEqual(expect.arrayContaining(['iefh-igvm', 'stopncii', 'cpvs-zsg']));
    }
    expect(line('iefh-igvm')?.adultsOnly).toBe(true);
  });

  it('lists the police from 9 and 112 for every age', () => {
    expect(ids('brussels', '6-8')).not.toContain('police');
    expect(ids('brussels', '9-11')).toEqual(expect.arrayContaining(['police', 'emergency']));
  });

  it("lists services in the page's language first in Brussels", () => {
    expect(ids('brussels', '6-8', 'fr').slice(0, 3)).toEqual(['ecoute-enfants', 'child-focus', 'awel']);
    expect(ids('brussels', '6-8', 'nl').slice(0, 3)).toEqual(['awel', 'child-focus', 'ecoute-enfants']);
    expect(ids('brussels', '6-8', 'en').slice(0, 3)).toEqual(['ecoute-enfants', 'awel', 'child-focus']);
    expect(ids('wallonia', '6-8', 'nl').slice(0, 2)).toEqual(['ecoute-enfants', 'child-focus']);
  });

  it('shows every service of the region when no band is given (help page)', () => {
    expect(ids('flanders')).toHaveLength(helplinesFile.regions.flanders.services.length);
  });

  it.each(REGIONS)('%s: the card for every age (home) is short: the lines every age may call, and 112', (region) => {
    const card = everyAgeCard(region, 'en');
    expect(card.services.length).toBeGreaterThanOrEqual(2);
    expect(card.services.length).toBeLessThanOrEqual(3);
    expect(card.services.map((entry) => entry.id)).toContain('child-focus');
    for (const entry of card.services) expect(entry.bands).toEqual([...BANDS]);
    expect(card.emergency.map((entry) => entry.id)).toEqual(['emergency']);
  });

  it('keeps only services for every age on the card for every age, in the order of the page language', () => {
    const file = structuredClone(helplinesFile);
    file.helplines.find((entry) => entry.id === 'awel')!.bands = ['6-8'];
    expect(everyAgeCard('brussels', 'fr', file).services.map((entry) => entry.id)).toEqual(['ecoute-enfants', 'child-focus']);
    expect(everyAgeCard('brussels', 'nl').services.map((entry) => entry.id)).toEqual(['awel', 'child-focus', 'ecoute-enfants']);
  });

  it('gives the youngest the simpler description, others the full one', () => {
    const childFocus = line('child-focus')!;
    expect(describeFor(childFocus, '6-8', 'fr')).toBe(childFocus.young?.fr);
    expect(describeFor(childFocus, '12-14', 'fr')).toBe(childFocus.description.fr);
    expect(describeFor(line('police')!, '6-8', 'nl')).toBe(line('police')!.description.nl);
  });

  it('names the school support service of the region: Kaleido in the German-speaking Community', () => {
    expect(schoolSupport('german-speaking', 'fr')).toBe('Kaleido');
    expect(schoolSupport('flanders', 'nl')).toBe('het CLB');
    expect(schoolSupport('wallonia', 'fr')).toBe('le centre PMS');
  });
});

describe('helplines file validation', () => {
  const broken = (change: (file: HelplinesFile) => void) => {
    const file = structuredClone(helplinesFile);
    change(file);
    const result = helplinesFileSchema.safeParse(file);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('refuses a long card for the youngest', () => {
    expect(
      broken((file) => {
        for (const entry of file.helplines) if (entry.id === 'take-it-down') entry.bands = ['6-8', '12-14'];
      }),
    ).toEqual([
      'regions.brussels.services: the 6-8 card of brussels shows 4 services: keep it short (at most 3: the children\'s line, Child Focus) by narrowing "bands"',
    ]);
  });

  it('refuses an adults-only service shown to younger pupils', () => {
    expect(
      broken((file) => {
        for (const entry of file.helplines) if (entry.id === 'iefh-igvm') entry.bands = ['12-14', '15-18'];
      }),
    ).toEqual(['helplines.15.bands: a service for adults only may be shown to ages 15-18 only: set bands: ["15-18"]']);
  });

  it('refuses a card without Child Focus, and an unknown service', () => {
    expect(
      broken((file) => {
        file.regions.flanders.services = file.regions.flanders.services.filter((id) => id !== 'child-focus');
        file.regions.flanders.services.push('nobody');
      }),
    ).toEqual([
      'regions.flanders.services.12: unknown helpline "nobody": add it to "helplines" or remove it',
      ...BANDS.map(
        (band) =>
          `regions.flanders.services: the ${band} card of flanders lacks "child-focus": every card shows Child Focus and 112`,
      ),
    ]);
  });

  it('dials without spaces, and shows the number without line breaks', () => {
    expect(telHref('116 000')).toBe('tel:116000');
    expect(unbreakable('Call 116 000')).toBe('Call\u00a0116\u00a0000');
  });
});

describe('helplines: the checks on the data', () => {
  it('names the region and the unknown helpline it lists', () => {
    const file = structuredClone(helplinesFile);
    file.regions.wallonia.services.push('nowhere');
    expect(() => helpCard('wallonia', undefined, 'fr', file)).toThrow(
      'src/data/helplines.json: region "wallonia" lists unknown helpline "nowhere"',
    );
  });

  it('leaves an emergency number not for every age off the card for every age', () => {
    const file = structuredClone(helplinesFile);
    file.helplines.find((entry) => entry.id === 'police')!.bands = ['6-8', '9-11'];
    expect(helpCard('wallonia', '6-8', 'fr', file).emergency.map((entry) => entry.id)).toEqual(['emergency', 'police']);
    expect(everyAgeCard('wallonia', 'fr', file).emergency.map((entry) => entry.id)).toEqual(['emergency']);
  });
});
