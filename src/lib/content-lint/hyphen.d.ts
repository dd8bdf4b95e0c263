declare module 'hyphen/fr/index.js' {
  const fr: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default fr;
}
declare module 'hyphen/nl/index.js' {
  const nl: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default nl;
}
