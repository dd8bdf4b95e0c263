import { describe, expect, it } from 'vitest';
import { readBuiltSite } from '../support/built-site';
import { findBrokenLinks } from '../support/link-check';

describe('the built site', () => {
  it('has no broken internal link or fragment', () => {
    const { files, pages } = readBuiltSite();
    expect(pages.length).toBeGreaterThan(20);
    expect(findBrokenLinks(pages, files)).toEqual([]);
  });
});
