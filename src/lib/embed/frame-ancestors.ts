/**
 * Who may show Balise's pages inside a frame (Smartschool, Microsoft Teams, Moodle…), from the
 * school setting `embedOrigins`. Nobody by default. Browsers honour `frame-ancestors` only in the
 * HTTP header, never in a `<meta>` policy, so this goes into the shipped server configurations.
 */
export interface FramingHeaders {
  /** The `frame-ancestors` directive of the Content-Security-Policy header. */
  frameAncestors: string;
  /**
   * `X-Frame-Options` for older browsers: DENY when nobody may frame the pages; absent when some
   * origins may (it cannot list origins, and a DENY would override the allowed list there).
   */
  xFrameOptions: 'DENY' | undefined;
}

/** The framing headers for a list of allowed origins (empty: framing refused everywhere). */
export function frameAncestors(embedOrigins: readonly string[]): FramingHeaders {
  if (embedOrigins.length === 0) return { frameAncestors: "frame-ancestors 'none'", xFrameOptions: 'DENY' };
  return { frameAncestors: `frame-ancestors 'self' ${embedOrigins.join(' ')}`, xFrameOptions: undefined };
}

/**
 * A shipped header file (`_headers`, `.htaccess` or nginx `add_header` lines) with framing set
 * for `embedOrigins`: replaces `frame-ancestors 'none'` and drops the X-Frame-Options line when
 * origins are allowed. Throws, naming the file, if the file has no `frame-ancestors 'none'` to replace.
 */
export function withFraming(text: string, embedOrigins: readonly string[], file: string): string {
  if (embedOrigins.length === 0) return text;
  if (!text.includes("frame-ancestors 'none'")) {
    throw new Error(`${file}: no "frame-ancestors 'none'" to replace for embedOrigins; restore the shipped security headers`);
  }
  const { frameAncestors: directive } = frameAncestors(embedOrigins);
  return text
    .replace("frame-ancestors 'none'", directive)
    .split('\n')
    .filter((line) => !/X-Frame-Options/i.test(line))
    .join('\n');
}
