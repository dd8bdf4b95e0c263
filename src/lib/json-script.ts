/**
 * JSON to place inside `<script type="application/json">`: `<` is escaped so that no string of
 * the data (a quiz text containing `</script>`) can end the element, and U+2028/U+2029 are escaped
 * for older JavaScript parsers. `JSON.parse` reads it back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
