import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;

/**
 * Writes a field path the way an author reads it: `questions[2] (id "dont-pay").options`.
 * List items of the raw data that carry an `id` are named by it.
 */
export function describePath(path: readonly PropertyKey[], data: unknown): string {
  let node: unknown = data;
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const id = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)['id'] : undefined;
      if (typeof id === 'string') out += ` (id "${id}")`;
    } else {
      out += out ? `.${String(key)}` : String(key);
      node = typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    }
  }
  return out || '(top level)';
}

/** One line per schema problem: the file, the field (with question ids) and the message with its fix. */
export function formatIssues(file: string, issues: readonly Issue[], data: unknown): string[] {
  return issues.map((issue) => `${file}: ${describePath(issue.path, data)}: ${issue.message}`);
}
