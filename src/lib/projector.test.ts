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
    expect(run('last', 'first')).toEqual(startState);
  });

  it('blanks the screen at once, and the next key only brings the slide back', () => {
    expect(run('next', 'blank')).toEqual({ slide: 1, revealed: false, screen: 'blank' });
    expect(run('next', 'blank', 'next')).toEqual({ slide: 1, revealed: false, screen: 'slides' });
    expect(run('blank', 'blank').screen).toBe('slides');
    expect(run('calm', 'resume').screen).toBe('slides');
    expect(run('blank', 'calm').screen).toBe('calm');
  });

  it('maps keys to actions and ignores the others', () => {
    expect(actionOfKey('ArrowRight')).toBe('next');
    expect(actionOfKey('b')).toBe('blank');
    expect(actionOfKey('h')).toBe('calm');
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
    expect(goToSlide(overview, 3, deck)).toBe(overview);
    expect(goToSlide(overview, -1, deck)).toBe(overview);
  });
});
