import { describe, expect, it } from 'vitest';
import { actionOfKey, goToSlide, projectorStep, startState, type ProjectorAction } from './projector';

const deck = { count: 3, withReveal: new Set([1]) };
const run = (...actions: ProjectorAction[]) => actions.reduce((state, action) => projectorStep(state, action, deck), startState);

describe('projector mode', () => {
  it('moves through the slides, revealing an answer before leaving its slide', () => {
    expect(run('next')).toEqual({ slide: 1, revealed: false, screen: 'slides' });
    expect(run('next', 'next')).toEqual({ slide: 1, revealed: true, screen: 'slides' });
    expect(run('next', 'next', 'next')).toEqual({ slide: 2, revealed: false, screen: 'slides' });
    expect(run('next', 'next', 'next', 'next')).toEqual({ slide: 2, revealed: false, screen: 'slides' });
    expect(run('next', 'next', 'previous')).toEqual({ slide: 0, revealed: false, screen: 'slides' });
    expect(run('next', 'next', 'next', 'previous')).toEqual({ slide: 1, revealed: false, screen: 'slides' });
    expect(run('last', 'first')).toEqual(startState);
  });

  it('stays on the first slide on "previous", hiding its answer again', () => {
    const answerFirst = { count: 2, withReveal: new Set([0]) };
    const revealed = projectorStep(startState, 'next', answerFirst);
    expect(revealed).toEqual({ slide: 0, revealed: true, screen: 'slides' });
    expect(projectorStep(revealed, 'previous', answerFirst)).toEqual(startState);
  });

  it('jumps to the last slide on End, its answer hidden, and stays there', () => {
    const answerLast = { count: 3, withReveal: new Set([2]) };
    const atEnd = projectorStep(startState, 'last', answerLast);
    expect(atEnd).toEqual({ slide: 2, revealed: false, screen: 'slides' });
    const revealed = projectorStep(atEnd, 'next', answerLast);
    expect(revealed).toEqual({ slide: 2, revealed: true, screen: 'slides' });
    expect(projectorStep(revealed, 'last', answerLast)).toEqual(atEnd);
    expect(projectorStep(revealed, 'next', answerLast)).toEqual(revealed);
  });

  it('changes nothing on Escape when the slides are shown', () => {
    const state = run('next', 'next');
    expect(projectorStep(state, 'resume', deck)).toEqual(state);
  });

  it('blanks the screen at once, and the next key only brings the slide back', () => {
    expect(run('next', 'blank')).toEqual({ slide: 1, revealed: false, screen: 'blank' });
    expect(run('next', 'blank', 'next')).toEqual({ slide: 1, revealed: false, screen: 'slides' });
    expect(run('blank', 'blank').screen).toBe('slides');
    expect(run('calm', 'resume').screen).toBe('slides');
    expect(run('blank', 'calm').screen).toBe('calm');
  });

  it('maps keys to actions and ignores the others', () => {
    const keys = ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'ArrowLeft', 'ArrowUp', 'PageUp', 'Home', 'End'];
    expect(keys.map(actionOfKey)).toEqual([...Array(5).fill('next'), ...Array(3).fill('previous'), 'first', 'last']);
    expect(['b', 'B', '.', 'h', 'H', 'Escape'].map(actionOfKey)).toEqual(['blank', 'blank', 'blank', 'calm', 'calm', 'resume']);
    expect(actionOfKey('x')).toBeUndefined();
  });

  it('opens and closes the overview with O or Escape, and jumps to a slide from it', () => {
    expect(actionOfKey('o')).toBe('overview');
    expect(actionOfKey('O')).toBe('overview');
    expect(run('next', 'overview')).toEqual({ slide: 1, revealed: false, screen: 'overview' });
    expect(run('next', 'overview', 'overview').screen).toBe('slides');
    expect(run('next', 'overview', 'resume')).toEqual({ slide: 1, revealed: false, screen: 'slides' });
    const overview = run('next', 'next', 'overview');
    expect(goToSlide(overview, 2, deck)).toEqual({ slide: 2, revealed: false, screen: 'slides' });
    expect(goToSlide(overview, 0, deck)).toEqual(startState);
    expect(goToSlide(overview, 3, deck)).toBe(overview);
    expect(goToSlide(overview, -1, deck)).toBe(overview);
  });
});
