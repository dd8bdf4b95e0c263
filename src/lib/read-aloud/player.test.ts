import { describe, expect, it } from 'vitest';
import { createPlayer, type PlayerStatus, type UtteranceEvents } from './player';

interface FakeUtterance {
  text: string;
  on: UtteranceEvents;
}

/** A speech engine that records what it is asked to say; the test plays its events. */
function fakeEngine() {
  const spoken: FakeUtterance[] = [];
  let current: FakeUtterance | undefined;
  const engine = {
    speak(utterance: FakeUtterance) {
      spoken.push(utterance);
      current = utterance;
    },
    cancel() {
      const cancelled = current;
      current = undefined;
      cancelled?.on.error();
    },
  };
  return {
    engine,
    spoken,
    texts: () => spoken.map((u) => u.text),
    end: () => current?.on.end(),
    boundary: (charIndex: number, charLength?: number) =>
      current?.on.boundary({ charIndex, name: 'word', ...(charLength !== undefined && { charLength }) }),
    current: () => current,
  };
}

function setup() {
  const fake = fakeEngine();
  const statuses: PlayerStatus[] = [];
  const sections: number[] = [];
  const words: Array<string | undefined> = [];
  let texts: readonly string[] = [];
  const player = createPlayer({
    engine: fake.engine,
    utterance: (text, on): FakeUtterance => ({ text, on }),
    lang: 'en',
    onStatus: (status) => statuses.push(status),
    onSection: (section) => sections.push(section),
    onWord: (word) => words.push(word && texts[word.section]!.slice(word.start, word.end)),
  });
  const play = (next: string[]) => {
    texts = next;
    player.play(next);
  };
  return { fake, player, play, statuses, sections, words };
}

describe('createPlayer', () => {
  it('reads the sections in order, then stops', () => {
    const { fake, player, play, statuses, sections } = setup();
    play(['Title.', 'First part. Second part.', '  ', 'Last.']);
    fake.end();
    fake.end();
    fake.end();
    expect(fake.texts()).toEqual(['Title.', 'First part. Second part.', 'Last.']);
    expect(sections).toEqual([0, 1, 3]);
    expect(statuses).toEqual(['playing', 'idle']);
    expect(player.status()).toBe('idle');
  });

  it('splits a long section into utterances at sentence ends', () => {
    const { fake, play } = setup();
    const long = `${'A sentence of words. '.repeat(12)}The end.`;
    play([long]);
    while (fake.current()) {
      const before = fake.spoken.length;
      fake.end();
      if (fake.spoken.length === before) break;
    }
    expect(fake.texts().length).toBeGreaterThan(1);
    expect(fake.texts().every((text) => text.length <= 200 && text.endsWith('.'))).toBe(true);
    expect(fake.texts().join(' ')).toBe(long.trim());
  });

  it('reports the word being read, with or without its length', () => {
    const { fake, play, words } = setup();
    play(['Your body belongs to you.']);
    fake.boundary(5, 4);
    fake.boundary(10);
    expect(words).toEqual(['body', 'belongs']);
  });

  it('pauses at the word reached and resumes from it', () => {
    const { fake, player, play, statuses, words } = setup();
    play(['Intro.', 'One two. Three four.']);
    fake.end();
    fake.boundary(9, 5);
    player.pause();
    expect(player.status()).toBe('paused');
    expect(words.at(-1)).toBeUndefined();
    player.resume();
    expect(fake.texts()).toEqual(['Intro.', 'One two. Three four.', 'Three four.']);
    fake.boundary(6, 4);
    expect(words.at(-1)).toBe('four');
    expect(statuses).toEqual(['playing', 'paused', 'playing']);
  });

  it('ignores the events of a cancelled utterance', () => {
    const { fake, player, play, words } = setup();
    play(['One. Two.']);
    const old = fake.current()!;
    player.pause();
    old.on.boundary({ charIndex: 0, charLength: 3, name: 'word' });
    old.on.end();
    expect(player.status()).toBe('paused');
    expect(fake.spoken).toHaveLength(1);
    expect(words).toEqual([undefined]);
  });

  it('starts again from the beginning when other texts are played', () => {
    const { fake, player, play } = setup();
    play(['A section.']);
    play(['Another one.']);
    expect(fake.texts()).toEqual(['A section.', 'Another one.']);
    expect(player.status()).toBe('playing');
    player.stop();
    expect(player.status()).toBe('idle');
    player.resume();
    expect(fake.spoken).toHaveLength(2);
  });

  it('stops on a speech error, and ignores sentence boundaries', () => {
    const { fake, player, play, words } = setup();
    play(['One. Two.']);
    fake.current()!.on.boundary({ charIndex: 0, charLength: 4, name: 'sentence' });
    expect(words).toEqual([]);
    fake.current()!.on.error();
    expect(player.status()).toBe('idle');
  });

  it('resumes a long section from the word reached, in whole utterances up to its end', () => {
    const { fake, player, play } = setup();
    const sentences = Array.from({ length: 14 }, (_, i) => `Sentence number ${i + 1} is here.`);
    const long = sentences.join(' ');
    play([long]);
    const from = long.indexOf('Sentence number 10');
    while (fake.texts().join(' ').length < from) fake.end();
    const reached = long.indexOf(fake.texts().at(-1)!);
    fake.boundary(from - reached, 8);
    player.pause();
    const before = fake.spoken.length;
    player.resume();
    while (fake.current()) {
      const count = fake.spoken.length;
      fake.end();
      if (fake.spoken.length === count) break;
    }
    const resumed = fake.texts().slice(before);
    expect(resumed.join(' ')).toBe(sentences.slice(9).join(' '));
    expect(resumed.every((text) => text.endsWith('.'))).toBe(true);
  });

  it('does not announce the section again on resuming', () => {
    const { fake, player, play, sections } = setup();
    play(['Intro.', 'One two. Three four.']);
    fake.end();
    fake.boundary(9, 5);
    player.pause();
    player.resume();
    expect(sections).toEqual([0, 1]);
  });

  it('reports words from browsers that give boundary events no name', () => {
    const { fake, play, words } = setup();
    play(['Your body belongs to you.']);
    fake.current()!.on.boundary({ charIndex: 5, charLength: 4 });
    expect(words).toEqual(['body']);
  });

  it('silences the speech on pause, on stop and when other texts are played, and ignores the old events', () => {
    const { fake, player, play, words } = setup();
    play(['One. Two.']);
    player.pause();
    expect(fake.current()).toBeUndefined();
    player.resume();
    player.stop();
    expect(fake.current()).toBeUndefined();
    play(['Three.']);
    const old = fake.current()!;
    play(['Four.', 'Five.']);
    expect(fake.current()).not.toBe(old);
    old.on.end();
    old.on.boundary({ charIndex: 0, charLength: 6, name: 'word' });
    expect(fake.texts()).toEqual(['One. Two.', 'One. Two.', 'Three.', 'Four.']);
    expect(words.filter((word) => word !== undefined)).toEqual([]);
    expect(player.status()).toBe('playing');
  });

  it('neither pauses a player that is not playing nor resumes one that is not paused', () => {
    const { fake, player, play, statuses } = setup();
    player.pause();
    expect(player.status()).toBe('idle');
    play(['One. Two.']);
    player.resume();
    expect(fake.spoken).toHaveLength(1);
    expect(statuses).toEqual(['playing']);
  });
});
