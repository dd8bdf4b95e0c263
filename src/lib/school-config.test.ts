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
      quickExitUrl: 'https://www.google.com/search?q=weather',
      noindex: false,
    });
  });

  it('takes the file, and the environment over the file', () => {
    const config = resolveSchoolConfig(
      { base: '/balise/', helpRegion: 'wallonia', schoolName: 'Athénée' },
      { BALISE_HELP_REGION: 'flanders', BALISE_LANGUAGES: 'nl, fr', BALISE_NOINDEX: 'yes' },
    );
    expect(config).toMatchObject({
      base: '/balise/',
      helpRegion: 'flanders',
      languages: ['nl', 'fr'],
      schoolName: 'Athénée',
      noindex: true,
    });
  });

  it('ignores an empty environment variable, so it does not override the file', () => {
    const env = { BALISE_HELP_REGION: '', BALISE_SCHOOL_NAME: '', BALISE_NOINDEX: '' };
    expect(resolveSchoolConfig({ helpRegion: 'wallonia', schoolName: 'Athénée', noindex: true }, env)).toMatchObject({
      helpRegion: 'wallonia',
      schoolName: 'Athénée',
      noindex: true,
    });
  });

  it.each([
    ['TRUE', true],
    ['1', true],
    ['Yes', true],
    ['false', false],
    ['0', false],
    ['NO', false],
  ])('reads BALISE_NOINDEX=%s as %s', (value, noindex) => {
    expect(resolveSchoolConfig({ noindex: !noindex }, { BALISE_NOINDEX: value }).noindex).toBe(noindex);
  });

  it('reads yes/no only for BALISE_NOINDEX, and only whole words', () => {
    expect(resolveSchoolConfig({}, { BALISE_SCHOOL_NAME: 'No' }).schoolName).toBe('No');
    expect(() => resolveSchoolConfig({}, { BALISE_NOINDEX: 'untrue' })).toThrow(
      '"noindex" (environment variable BALISE_NOINDEX) is "untrue"',
    );
    expect(() => resolveSchoolConfig({}, { BALISE_NOINDEX: 'yes please' })).toThrow('is "yes please"');
    expect(() => resolveSchoolConfig({}, { BALISE_NOINDEX: 'nope' })).toThrow('is "nope"');
    expect(() => resolveSchoolConfig({}, { BALISE_NOINDEX: '00' })).toThrow('is "00"');
  });

  it('names each wrong setting, where it came from and the allowed values', () => {
    expect(() =>
      resolveSchoolConfig(
        { base: 'balise', languages: ['fr', 'de'], quickExitUrl: 'javascript:alert(1)' },
        { BALISE_HELP_REGION: 'paris', BALISE_SITE: 'school', BALISE_NOINDEX: 'maybe' },
      ),
    ).toThrowErrorMatchingInlineSnapshot(`
      [SchoolConfigError: Invalid school configuration:
      - "site" (environment variable BALISE_SITE) is "school": it must be a full address such as "https://school.example"
      - "base" (balise.config.json) is "balise": it must start and end with "/" and contain only letters, digits, ".", "_", "~", "-", e.g. "/balise/"
      - "languages" (balise.config.json) is ["fr","de"]: it must be one of "fr", "nl", "en"
      - "helpRegion" (environment variable BALISE_HELP_REGION) is "paris": it must be one of "wallonia", "brussels", "flanders", "german-speaking"
      - "quickExitUrl" (balise.config.json) is "javascript:alert(1)": it must be a full web address such as "https://www.google.com/search?q=weather"
      - "noindex" (environment variable BALISE_NOINDEX) is "maybe": it must be true or false]
    `);
  });

  it('rejects an unknown setting and lists the known ones', () => {
    expect(() => resolveSchoolConfig({ region: 'flanders', lang: 'fr' }, {})).toThrowErrorMatchingInlineSnapshot(`
      [SchoolConfigError: Invalid school configuration:
      - balise.config.json: unknown setting "region", "lang"; the settings are site, base, languages, helpRegion, schoolName, quickExitUrl, noindex]
    `);
  });
});
