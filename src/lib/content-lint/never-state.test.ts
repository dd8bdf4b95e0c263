import { describe, expect, it } from 'vitest';
import { findNeverStated } from './never-state';

const refs = (line: string, lang: 'fr' | 'nl' | 'en') => findNeverStated(line, lang).map((claim) => claim.ref);

describe('claims FACTS.md says never to state', () => {
  it('the first smartphone "at 9 in Belgium", in each language', () => {
    expect(refs('Children get their first smartphone at about 9 in Belgium.', 'en')).toEqual(['FACTS.md §3 item 9']);
    expect(refs('En Belgique, on reçoit son premier smartphone vers 9 ans.', 'fr')).toEqual(['FACTS.md §3 item 9']);
    expect(refs('In België krijgen kinderen hun eerste smartphone rond 9 jaar.', 'nl')).toEqual(['FACTS.md §3 item 9']);
    expect(refs('Nora got her first phone at 9.', 'en')).toEqual([]);
  });

  it('boys targeted "as much as" girls', () => {
    expect(refs('Boys are targeted as much as girls.', 'en')).toEqual(['FACTS.md §1 "Grooming victims"']);
    expect(refs('Les garçons sont visés autant que les filles.', 'fr')).toEqual(['FACTS.md §1 "Grooming victims"']);
    expect(refs('Jongens worden even vaak geviseerd als meisjes.', 'nl')).toEqual(['FACTS.md §1 "Grooming victims"']);
    expect(refs('Boys are targeted too.', 'en')).toEqual([]);
  });

  it('promises that an image is removed everywhere', () => {
    expect(refs('The photo can be removed everywhere.', 'en')).toEqual(['CONTENT-GUIDE.md, "Facts and helplines"']);
    expect(refs('La photo sera supprimée partout.', 'fr')).toEqual(['CONTENT-GUIDE.md, "Facts and helplines"']);
    expect(refs('De foto wordt overal verwijderd.', 'nl')).toEqual([]);
    expect(refs('We verwijderen de foto overal.', 'nl')).toEqual(['CONTENT-GUIDE.md, "Facts and helplines"']);
    expect(refs('Take It Down can help stop a photo spreading.', 'en')).toEqual([]);
  });

  it('promises of not getting into trouble', () => {
    expect(refs("You won't get into trouble for telling.", 'en')).toEqual(['FACTS.md §3 item 4']);
    expect(refs("Tu n'auras pas d'ennuis.", 'fr')).toEqual(['FACTS.md §3 item 4']);
    expect(refs('Je krijgt geen straf.', 'nl')).toEqual(['FACTS.md §3 item 4']);
    expect(refs('Telling is the right thing to do.', 'en')).toEqual([]);
  });
});
