/**
 * An SVG file's markup made ready to inline as a decoration: a class for styling, hidden from
 * screen readers (the text beside it says what it is) and never a tab stop.
 */
export function decorativeSvg(svg: string, className: string): string {
  if (!/^\s*<svg[\s>]/.test(svg))
    throw new Error(`decorativeSvg: expected markup that starts with <svg, got "${svg.slice(0, 20)}"`);
  return svg.trim().replace(/^<svg/, `<svg class="${className}" aria-hidden="true" focusable="false"`);
}
