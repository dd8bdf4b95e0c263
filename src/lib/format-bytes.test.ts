import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes';

describe('formatBytes', () => {
  it('writes kilobytes below a megabyte and megabytes with one decimal above, in the locale', () => {
    expect(formatBytes(740_400, 'en-GB')).toBe('740 kB');
    expect(formatBytes(1_250_000, 'en-GB')).toBe('1.3 MB');
    expect(formatBytes(1_250_000, 'fr-BE')).toMatch(/^1,3\s?Mo$/);
    expect(formatBytes(3_000_000, 'nl-BE')).toBe('3 MB');
    expect(formatBytes(1_000_000, 'en-GB')).toBe('1 MB');
  });
});
