/** Pixels of one video frame, as a canvas gives them (RGBA, row by row). */
export interface FramePixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** Reads the text of a QR code in a frame; `undefined` when the frame holds none. */
export type PixelReader = (frame: FramePixels) => string | undefined;

/** The browser's `BarcodeDetector`, as far as scanning QR codes needs it. */
export interface NativeDetector {
  detect(source: CanvasImageSource): Promise<ReadonlyArray<{ rawValue: string }>>;
}

interface DetectorClass {
  new (options: { formats: string[] }): NativeDetector;
  getSupportedFormats?(): Promise<string[]>;
}

/**
 * The browser's own QR reader where it has one that reads `qr_code` (Chrome on Android, macOS,
 * ChromeOS), otherwise `undefined` (desktop Chrome on Linux and Windows, Firefox, Safari).
 */
export async function nativeQrDetector(scope: object = globalThis): Promise<NativeDetector | undefined> {
  const Detector = (scope as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (typeof Detector !== 'function') return undefined;
  try {
    // Stryker disable next-line ArrayDeclaration: any fallback list without "qr_code" gives no detector, as the empty one does
    const formats = (await Detector.getSupportedFormats?.()) ?? [];
    return formats.includes('qr_code') ? new Detector({ formats: ['qr_code'] }) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The fallback reader: jsQR (pure JavaScript, no WebAssembly, so the page's CSP stays as it is),
 * loaded only when a device without `BarcodeDetector` starts scanning. Tickets are dark on light,
 * so inverted images are not tried (half the work per frame).
 */
export async function loadPixelReader(): Promise<PixelReader> {
  const { default: jsQR } = await import('jsqr');
  return (frame) => jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' })?.data || undefined;
}
