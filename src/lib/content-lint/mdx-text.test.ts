import { describe, expect, it } from 'vitest';
import { mdxText } from './mdx-text';

describe('mdxText', () => {
  it('keeps the words of headings, paragraphs, lists and blocks, without markup', () => {
    const body =
      '## What to do\n\n<Scenario title="Sam, 12">\n**Week 1.** Sam gets a *message*.\n</Scenario>\n\n1. Stop.\n- Tell [an adult](#help).\n';
    expect(mdxText(body)).toBe('What to do\nWeek 1. Sam gets a message.\nStop.\nTell an adult.');
  });
});

describe('mdxText: markup', () => {
  it('drops tags with attributes on one line, self-closing tags and the words they hold apart', () => {
    expect(mdxText('<Remember>Tell</Remember>someone.\n<Scenario\ttitle="Sam">Sam</Scenario>')).toBe('Tell\nsomeone.\nSam');
    expect(mdxText('Before<Nothing />after')).toBe('Before\nafter');
    expect(mdxText('<Q id="1">Why?</Q>')).toBe('Why?');
  });

  it('drops the markers of indented lists, numbered lists, quotes and headings', () => {
    const body = '  - Stop.\n10. Keep.\n2) Tell.\n>Quote.\n> Quoted.\n###### Small\n#hashtag\n-dash\n3.5 points';
    expect(mdxText(body)).toBe('Stop.\nKeep.\nTell.\nQuote.\nQuoted.\nSmall\n#hashtag\n-dash\n3.5 points');
  });

  it('drops emphasis and code marks, and blank lines', () => {
    expect(mdxText('***Very*** __important__ `code`\n\n   \nEnd.')).toBe('Very important code\nEnd.');
  });
});
