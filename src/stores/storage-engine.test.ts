// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyProgress } from '../lib/quiz/progress';
import { SHARED_KEY } from './shared-device';

const finished = JSON.stringify({ ...emptyProgress(), completed: true });

beforeEach(() => {
  vi.resetModules();
  sessionStorage.clear();
  localStorage.clear();
  localStorage.setItem('balise:v1:quiz:done', finished);
});

describe('storage engine', () => {
  it("erases a previous pupil's finished quiz before any store reads it, on a shared device", async () => {
    sessionStorage.setItem(SHARED_KEY, '1');
    await import('./storage-engine');
    expect(localStorage.getItem('balise:v1:quiz:done')).toBeNull();
  });

  it('keeps finished quizzes on a personal device', async () => {
    await import('./storage-engine');
    expect(localStorage.getItem('balise:v1:quiz:done')).toBe(finished);
  });
});
