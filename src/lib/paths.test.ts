import { describe, expect, it } from 'vitest';
import { pageAddress, pageHref, withBase } from './paths';

describe('pageHref', () => {
  it('builds every route of the design with a trailing slash', () => {
    expect(pageHref({ page: 'home' }, 'fr', '/')).toBe('/fr/');
    expect(pageHref({ page: 'band', band: '9-11' }, 'nl', '/')).toBe('/nl/9-11/');
    expect(pageHref({ page: 'lesson', id: 'consent' }, 'en', '/')).toBe('/en/lessons/consent/');
    expect(pageHref({ page: 'teachers' }, 'fr', '/')).toBe('/fr/teachers/');
    expect(pageHref({ page: 'teacher-notes', id: 'consent' }, 'fr', '/')).toBe('/fr/teachers/consent/');
    expect(pageHref({ page: 'worksheet', id: 'consent' }, 'fr', '/')).toBe('/fr/teachers/consent/worksheet/');
    expect(pageHref({ page: 'parent-note', id: 'consent' }, 'nl', '/')).toBe('/nl/teachers/consent/parents/');
    expect(pageHref({ page: 'class-results', id: 'consent' }, 'en', '/')).toBe('/en/teachers/consent/class/');
    expect(pageHref({ page: 'projector', id: 'consent' }, 'en', '/')).toBe('/en/teachers/consent/projector/');
    expect(pageHref({ page: 'help' }, 'nl', '/')).toBe('/nl/help/');
    expect(pageHref({ page: 'start' }, 'en', '/balise/')).toBe('/balise/en/help/start/');
    expect(pageHref({ page: 'progress' }, 'en', '/')).toBe('/en/progress/');
    expect(pageHref({ page: 'about' }, 'nl', '/balise/')).toBe('/balise/nl/about/');
    expect(pageHref({ page: 'lesson-set' }, 'nl', '/balise/')).toBe('/balise/nl/set/');
    expect(pageHref({ page: 'set-builder' }, 'fr', '/')).toBe('/fr/teachers/set/');
  });

  it('puts the page under a sub-path', () => {
    expect(pageHref({ page: 'lesson', id: 'x' }, 'fr', '/balise/')).toBe('/balise/fr/lessons/x/');
    expect(withBase('/balise', 'favicon.svg')).toBe('/balise/favicon.svg');
    expect(withBase('/')).toBe('/');
    expect(withBase('/balise/', '/fr/help/')).toBe('/balise/fr/help/');
  });
});

describe('pageAddress', () => {
  it('puts the page under the site and its base path', () => {
    expect(pageAddress({ page: 'lesson', id: 'consent' }, 'nl', '/balise/', 'https://school.example')).toBe(
      'https://school.example/balise/nl/lessons/consent/',
    );
    expect(pageAddress({ page: 'lesson', id: 'x' }, 'fr', '/', 'http://localhost:4321/')).toBe(
      'http://localhost:4321/fr/lessons/x/',
    );
  });
});
