import QRCode from 'qrcode';

/**
 * A QR code of an address as inline SVG, made at build time (no outside service), with a quiet
 * zone and medium error correction so a phone reads it from a projector or a printed page.
 */
export async function qrCodeSvg(address: string): Promise<string> {
  return QRCode.toString(address, {
    type: 'svg',
    margin: 2,
    errorCorrectionLevel: 'M',
    color: { dark: '#000000', light: '#ffffff' },
  });
}
