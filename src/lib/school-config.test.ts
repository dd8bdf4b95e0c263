import { describe, expect, it } from 'vitest';
import { resolveSchoolConfig } from './school-config';

describe('school configuration', () => {
  it('has defaults, so no configuration is needed', () => {
    expect(resolveSchoolConfig({}, {})).toEqual({
      site: 'http://localhost:4321',
      base: '/',
      languages: ['fr', 'nl', 'en'],
      helpRegion: 'brussels',
      schoolName: '',
    });
  });

  it('takes the file, and the environment over the file', () => {
    const config = resolveSchoolConfig(
      { base: '/balise/', helpRegion: 'wallonia', schoolName: 'Athénée' },
      { BALISE_HELP_REGION: 'flanders', BALISE_LANGUAGES: 'nl, fr' },
    );
    expect(config).toMatchObject({ base: '/balise/', helpRegion: 'flanders', languages: ['nl', 'fr'], schoolName: 'Athénée' });
  });

  it('names each wrong setting, where it came from and the allowed values', () => {
    expect(() =>
      resolveSchoolConfig({ base: 'balise', languages: ['fr', 'de'] }, { BALISE_HELP_REGION: 'paris', BALISE_SITE: 'school' }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [SchoolConfigError: Invalid school configuration:
      - "site" (environment variable BALISE_SITE) is "school": it must be a full address such as "https://school.example"
      - "base" (balise.config.json) is "balise": it must start and end with "/" and contain only letters, digits, ".", "_", "~", "-", e.g. "/balise/"
      - "languages" (balise.config.json) is ["fr","de"]: it must be one of "fr", "nl", "en"
      - "helpRegion" (environment variable BALISE_HELP_REGION) is "paris": it must be one of "wallonia", "brussels", "flanders", "german-speaking"]
    `);
  });

  it('rejects an unknown setting and lists the known ones', () => {
    expect(() => resolveSchoolConfig({ region: 'flanders' }, {})).toThrowErrorMatchingInlineSnapshot(`
      [SchoolConfigError: Invalid school configuration:
      - balise.config.json: unknown setting "region"; the settings are site, base, languages, helpRegion, schoolName]
    `);
  });
});
