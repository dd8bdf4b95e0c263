/**
 * The readable text of an MDX body, for readability: component tags, Markdown markers, links'
 * addresses and emphasis are removed; the words stay, line by line.
 */
export function mdxText(body: string): string {
  return body
    .replace(/<\/?[A-Z][\w]*(?:\s[^>]*?)?\/?>/g, '\n')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .split('\n')
    .map((line) => {
      // Stryker disable next-line Regex: `\s` for `\s+` after a marker leaves spaces that the trim below removes.
      const unmarked = line.replace(/^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)/, '');
      // Stryker disable next-line Regex: removing each mark on its own (global flag) removes a run of marks all the same.
      return unmarked.replace(/[*_`]+/g, '').trim();
    })
    .filter((line) => line.length > 0)
    .join('\n');
}
