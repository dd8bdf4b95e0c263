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

describe('every wording of each claim is caught, and only those', () => {
  const caught = {
    'FACTS.md §3 item 9': {
      en: [
        'Kids get their first phone at 9 in Belgium.',
        'Their first own smartphone comes at nine, in Belgium.',
        'In Belgium, the first smartphone arrives at 9.',
        'In Belgium the first own phone comes at nine.',
      ],
      fr: [
        'Le premier GSM arrive à 9 ans en Belgique.',
        'Le premier téléphone vers 9 ans, en Belgique.',
        'En Belgique, le premier GSM arrive à 9 ans.',
        'En Belgique, on a son premier téléphone à 9 ans.',
      ],
      nl: [
        'De eerste gsm komt rond 9 jaar in België.',
        'Hun eerste eigen smartphone krijgen ze op 9 jaar in België.',
        'In België krijg je je eerste gsm op 9 jaar.',
        'In België is de eerste eigen smartphone er op 9 jaar.',
      ],
    },
    'FACTS.md §1 "Grooming victims"': {
      en: ['Boys are targeted as often as girls.', 'Girls are targeted as much as boys.', 'Girls are hit as often as boys.'],
      fr: [
        'Les garçons sont visés aussi souvent que les filles.',
        'Les filles sont visées autant que les garçons.',
        'Les filles, aussi souvent que les garçons.',
      ],
      nl: [
        'Jongens worden evenveel geviseerd als meisjes.',
        'Jongens worden net zo vaak benaderd als meisjes.',
        'Meisjes worden even vaak geviseerd als jongens.',
        'Meisjes: evenveel slachtoffers als jongens.',
        'Meisjes worden net zo vaak benaderd als jongens.',
      ],
    },
    'CONTENT-GUIDE.md, "Facts and helplines"': {
      en: [
        'They delete it everywhere.',
        'The app will erase it everywhere.',
        'They take down the photo everywhere.',
        'It takes down copies everywhere.',
        'The photo is gone for good.',
        'It is gone forever.',
        'It can be removed from everywhere.',
      ],
      fr: [
        'On la retire partout.',
        'La vidéo sera effacée partout.',
        'La photo disparaît pour toujours.',
        'La photo disparaît définitivement.',
      ],
      nl: [
        'Ze wissen de foto overal.',
        'Het beeld is voor altijd weg.',
        'De foto is voor altijd verdwenen.',
        'We verwijderen alles overal.',
      ],
    },
    'FACTS.md §3 item 4': {
      en: [
        "It won't get you into trouble.",
        'You will not get into trouble.',
        "Telling doesn't get you into trouble.",
        'Asking never gets into trouble.',
        'You are not in trouble.',
        'You will not be in trouble.',
        'Telling do not get into trouble.',
      ],
      fr: [
        "Tu n'auras jamais d'ennuis.",
        'Tu ne seras pas grondé.',
        'Tu ne vas pas être grondée.',
        'Tu ne seras pas punie.',
        'Tu ne vas pas être puni.',
      ],
      nl: [
        'Je zult geen problemen krijgen.',
        'Je gaat geen problemen hebben.',
        'Hij krijgt geen straf.',
        'Jullie krijgen geen straf.',
        'Krijg je geen straf?',
      ],
    },
  } as const;

  for (const [ref, langs] of Object.entries(caught)) {
    for (const [lang, lines] of Object.entries(langs)) {
      it.each(lines as readonly string[])(`${ref} (${lang}): %s`, (line) => {
        expect(refs(line, lang as 'fr' | 'nl' | 'en')).toEqual([ref]);
      });
    }
  }

  it.each([
    ['en', 'In Belgium, a first smartphone at 19 is rare.'],
    ['en', 'Her first phone came at 9, in France.'],
    ['fr', 'En Belgique, le premier GSM arrive à 19 ans.'],
    ['nl', 'In België is de eerste gsm er op 19 jaar.'],
    ['en', 'Boys like football as much as reading.'],
    ['fr', 'Les garçons jouent autant que les chats.'],
    ['nl', 'Jongens lezen evenveel als vroeger.'],
    ['en', 'You can remove it from your phone. Everywhere else, ask for help.'],
    ['fr', 'On la retire. Partout ailleurs, demande de l’aide.'],
    ['nl', 'Verwijder het. Overal kun je hulp vragen.'],
    ['en', 'He got into trouble at school.'],
    ['fr', 'Il a des ennuis.'],
    ['nl', 'Je krijgt straf als je liegt.'],
  ] as const)('(%s) leaves alone: %s', (lang, line) => {
    expect(refs(line, lang)).toEqual([]);
  });
});

describe('the reach of a removal promise', () => {
  it.each([
    ['en', 'They are removing it from the phone, the cloud and apps everywhere.'],
    ['fr', 'On va effacer la photo du GSM, du nuage, des applis partout.'],
    ['nl', 'We gaan de foto verwijderen van de gsm, de cloud en al hun appjes, overal.'],
    ['nl', 'Ik verwijder de foto overal.'],
  ] as const)('(%s) counts the 40 letters from the end of the verb: %s', (lang, line) => {
    expect(refs(line, lang)).toEqual(['CONTENT-GUIDE.md, "Facts and helplines"']);
  });
});

describe('what to say instead', () => {
  const advice = (line: string, lang: 'fr' | 'nl' | 'en') => findNeverStated(line, lang).map((claim) => claim.advice);

  it('points to the facts or words to use', () => {
    expect(advice('Children get their first smartphone at about 9 in Belgium.', 'en')[0]).toContain(
      'use the facts first-smartphone-flanders or first-smartphone-french-speaking',
    );
    expect(advice('Boys are targeted as much as girls.', 'en')[0]).toContain('say that boys are targeted too');
    expect(advice('The photo is gone for good.', 'en')[0]).toContain('say what a service can do (facts take-it-down, stopncii)');
    expect(advice("You won't get into trouble for telling.", 'en')[0]).toContain(
      'say "you are the victim; asking for help is the right thing to do"',
    );
  });
});
