import { describe, expect, it } from 'vitest';
import { entryIdFromPath, splitEntryId } from './entry-id';

describe('entry ids', () => {
  it('gives a lesson and its teacher notes the same id, and a quiz its file name', () => {
    expect(entryIdFromPath('fr/consent.mdx')).toBe('fr/consent');
    expect(entryIdFromPath('fr/consent.teacher.mdx')).toBe('fr/consent');
    expect(entryIdFromPath('consent.yaml')).toBe('consent');
    expect(entryIdFromPath('consent.yml')).toBe('consent');
    expect(entryIdFromPath('notes.mdx.bak')).toBe('notes.mdx.bak');
  });

  it('splits a lesson id into its language and id', () => {
    expect(splitEntryId('nl/consent')).toEqual({ lang: 'nl', id: 'consent' });
  });

  it.each(['consent', 'de/consent', 'fr/extra/consent', '/consent', 'fr/'])(
    'names the expected place of a lesson at %s',
    (entryId) => {
      expect(() => splitEntryId(entryId)).toThrow(
        `lessons/${entryId}: a lesson must be at lessons/<language>/<id>.mdx with <language> one of fr, nl, en`,
      );
    },
  );
});

describe('entry ids: only the last extension', () => {
  it('removes an extension only at the end of the name', () => {
    expect(entryIdFromPath('fr/a.teacher.mdx-draft.mdx')).toBe('fr/a.teacher.mdx-draft');
    expect(entryIdFromPath('fr/a.yml.mdx')).toBe('fr/a.yml');
  });
});
