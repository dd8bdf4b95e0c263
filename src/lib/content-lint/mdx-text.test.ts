import { describe, expect, it } from 'vitest';
import { mdxText } from './mdx-text';

describe('mdxText', () => {
  it('keeps the words of headings, paragraphs, lists and blocks, without markup', () => {
    const body =
      '## What to do\n\n<Scenario title="Sam, 12">\n**Week 1.** Sam gets a *message*.\n</Scenario>\n\n1. Stop.\n- Tell [an adult](#help).\n';
    expect(mdxText(body)).toBe('What to do\nWeek 1. Sam gets a message.\nStop.\nTell an adult.');
  });
});
