import { generate } from 'lean-qr';
import { describe, expect, it } from 'vitest';
import { loadPixelReader, nativeQrDetector, type FramePixels } from './qr-reader';

/** A white frame with a QR code of `text` in its middle, 4 pixels a module. */
function frameWithQr(text: string): FramePixels {
  const code = generate(text);
  const scale = 4;
  const width = (code.size + 8) * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let y = 0; y < code.size; y++)
    for (let x = 0; x < code.size; x++) {
      if (!code.get(x, y)) continue;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const at = (((y + 4) * scale + dy) * width + (x + 4) * scale + dx) * 4;
          data.fill(0, at, at + 3);
        }
    }
  return { data, width, height: width };
}

describe('the fallback reader (jsQR)', () => {
  it('reads a ticket code from a frame, and nothing from a blank one', async () => {
    const read = await loadPixelReader();
    expect(read(frameWithQr('7K3M-Q2ZD-0A9X-P4TR-H'))).toBe('7K3M-Q2ZD-0A9X-P4TR-H');
    expect(read({ data: new Uint8ClampedArray(64 * 64 * 4).fill(255), width: 64, height: 64 })).toBeUndefined();
  });

  it('does not try light-on-dark codes, since tickets are printed dark on light', async () => {
    const read = await loadPixelReader();
    const frame = frameWithQr('7K3M-Q2ZD-0A9X-P4TR-H');
    const inverted = frame.data.map((value, index) => (index % 4 === 3 ? value : 255 - value));
    expect(read({ ...frame, data: inverted })).toBeUndefined();
  });
});

describe('nativeQrDetector', () => {
  class Detector {
    static formats = ['ean_13', 'qr_code'];
    static getSupportedFormats = () => Promise.resolve(Detector.formats);
    constructor(readonly options: { formats: string[] }) {}
    detect = () => Promise.resolve([]);
  }

  it('uses the browser detector only when it reads QR codes', async () => {
    const detector = await nativeQrDetector({ BarcodeDetector: Detector });
    expect(detector).toBeInstanceOf(Detector);
    expect((detector as Detector).options).toEqual({ formats: ['qr_code'] });
    Detector.formats = ['ean_13'];
    expect(await nativeQrDetector({ BarcodeDetector: Detector })).toBeUndefined();
  });

  it('falls back when there is no detector or it fails', async () => {
    expect(await nativeQrDetector({})).toBeUndefined();
    const Mute = class {
      detect = () => Promise.resolve([]);
    };
    expect(await nativeQrDetector({ BarcodeDetector: Mute })).toBeUndefined();
    const Broken = class extends Detector {
      static override getSupportedFormats = () => Promise.reject(new Error('no'));
    };
    expect(await nativeQrDetector({ BarcodeDetector: Broken })).toBeUndefined();
  });
});
