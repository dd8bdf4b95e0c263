import { loadFacts, type FactIndex } from '../lib/facts';

const files = import.meta.glob<string>('./facts/*.yaml', { query: '?raw', import: 'default', eager: true });

/** Every approved fact (src/data/facts/*.yaml), validated once: the build stops with a clear message if one is wrong. */
export const facts: FactIndex = loadFacts(
  Object.entries(files).map(([path, text]) => ({ file: `src/data/${path.slice(2)}`, text })),
);
