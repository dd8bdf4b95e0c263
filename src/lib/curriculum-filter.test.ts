import { describe, expect, it } from 'vitest';
import { columnShown, rowShown } from './curriculum-filter';

describe('curriculum map filter', () => {
  it('shows every row and column when nothing is chosen', () => {
    expect(rowShown('6-8', { band: '', framework: '' })).toBe(true);
    expect(columnShown('unesco', { band: '', framework: '' })).toBe(true);
  });

  it('keeps only the chosen band and framework', () => {
    const filter = { band: '9-11', framework: 'flanders' };
    expect(rowShown('9-11', filter)).toBe(true);
    expect(rowShown('6-8', filter)).toBe(false);
    expect(columnShown('flanders', filter)).toBe(true);
    expect(columnShown('evras', filter)).toBe(false);
  });
});
