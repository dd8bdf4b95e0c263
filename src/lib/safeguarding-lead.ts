/**
 * The lesson's own safeguarding summary for the plan at a glance: the first paragraph of the
 * `<Safeguarding>` block of the teacher notes (MDX source), as plain text (emphasis marks,
 * MDX comments and inline components removed). Undefined when the notes have no such block or it is empty.
 */
export function safeguardingLead(mdxBody: string): string | undefined {
  const block = /<Safeguarding>([\s\S]*?)<\/Safeguarding>/.exec(mdxBody)?.[1];
  if (block === undefined) return undefined;
  const paragraph = block
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .find((part) => part !== '' && !part.startsWith('<') && !part.startsWith('{/*'));
  if (paragraph === undefined) return undefined;
  const text = paragraph
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<[^>]+\/>/g, '')
    .replace(/\*\*|__|\*|`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? undefined : text;
}
