import { describe, expect, it } from 'vitest';
import { joinPieces, rangeOf, wordEnd, type Piece } from './spoken-text';

const text = (node: string, offset?: number): Piece<string> => ({ text: node, node, ...(offset !== undefined && { offset }) });
const end: Piece<string> = { blockEnd: true };

describe('joinPieces', () => {
  it('collapses white space as the page shows it, across pieces', () => {
    expect(joinPieces([text('\n  Your body '), text(' belongs\n to '), text('you')]).text).toBe('Your body belongs to you');
  });

  it('ends each block with a full stop unless it has punctuation', () => {
    const spoken = joinPieces([text('My private parts'), end, text('Who can help?'), end, text('Stop'), end]);
    expect(spoken.text).toBe('My private parts. Who can help? Stop.');
  });

  it('adds nothing for an empty block', () => {
    expect(joinPieces([end, text('Hi'), end, end]).text).toBe('Hi.');
  });

  it("reads a picture's text alternative as words of their own", () => {
    const spoken = joinPieces([text('Look'), { text: 'a phone', node: null }, text('here')]);
    expect(spoken.text).toBe('Look a phone here');
    expect(spoken.origins[5]).toBeNull();
  });

  it('knows where each spoken character comes from', () => {
    const spoken = joinPieces([text('  ab', 10), text('c')]);
    expect(spoken.origins).toEqual([
      { node: '  ab', offset: 12 },
      { node: '  ab', offset: 13 },
      { node: 'c', offset: 0 },
    ]);
  });
});

describe('rangeOf', () => {
  // "Privates are" where "P" is bold: <strong>P</strong>rivates are
  const spoken = joinPieces([text('P'), text('rivates are'), end]);

  it('maps a word across two inline elements', () => {
    expect(rangeOf(spoken, 0, 8)).toEqual({ start: { node: 'P', offset: 0 }, end: { node: 'rivates are', offset: 7 } });
  });

  it('maps a word inside one text node', () => {
    expect(rangeOf(spoken, 9, 12)).toEqual({
      start: { node: 'rivates are', offset: 8 },
      end: { node: 'rivates are', offset: 11 },
    });
  });

  it('leaves out an added space before a word and an added full stop after it', () => {
    const are = { start: { node: 'rivates are', offset: 8 }, end: { node: 'rivates are', offset: 11 } };
    expect(rangeOf(spoken, 8, 12)).toEqual(are);
    expect(rangeOf(spoken, 9, 13)).toEqual(are);
  });

  it('skips added characters and gives none when nothing comes from the page', () => {
    expect(rangeOf(spoken, 12, 13)).toBeUndefined();
    expect(rangeOf(spoken, 5, 5)).toBeUndefined();
    expect(rangeOf(joinPieces([{ text: 'a phone', node: null }]), 0, 7)).toBeUndefined();
  });
});

describe('wordEnd', () => {
  it('ends a word before a space or its final punctuation', () => {
    expect(wordEnd('Stop, please.', 0)).toBe(4);
    expect(wordEnd('Stop, please.', 6)).toBe(12);
    expect(wordEnd("l'enfant dit", 0)).toBe(8);
    expect(wordEnd('p. ex.', 0)).toBe(1);
  });
});
