import { correction, generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';

/** Width of the quiet zone around the code, in modules. */
const QUIET = 2;

/**
 * A QR code of an address as SVG source, made at build time (no outside service) and, when a
 * page corrects its address, in the browser with the same code; a quiet zone and medium error
 * correction so a phone reads it from a projector or a printed page. The SVG has no fixed size:
 * it fills the width its container gives it.
 */
export async function qrCodeSvg(address: string): Promise<string> {
  const code = generate(address, { minCorrectionLevel: correction.M });
  const size = code.size + 2 * QUIET;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-${QUIET} -${QUIET} ${size} ${size}" shape-rendering="crispEdges">` +
    `<rect x="-${QUIET}" y="-${QUIET}" width="${size}" height="${size}" fill="#ffffff"/>` +
    `<path d="${toSvgPath(code)}" fill="#000000"/></svg>`
  );
}
