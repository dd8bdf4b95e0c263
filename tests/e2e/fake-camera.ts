import { writeFileSync } from 'node:fs';
import { generate } from 'lean-qr';

/**
 * Chromium's fake camera fed with a video of QR codes, for the scanner's end-to-end test. The video
 * is raw YUV4MPEG2 (`.y4m`, 4:2:0), written here without ffmpeg: each code in turn on white for
 * `seconds`, then a white gap, the way pupils come up one after another. Chromium plays it in a loop.
 */
export interface QrVideoOptions {
  /** Frame size in pixels (even numbers). */
  width?: number;
  height?: number;
  /** Frames a second. */
  fps?: number;
  /** How long each code is shown, then how long the white gap after it lasts (seconds). */
  seconds?: number;
  gapSeconds?: number;
}

const WHITE = 255;
const BLACK = 0;
/** Chroma of a grey picture (no colour). */
const NEUTRAL = 128;

/** The luma plane of one frame: `text` as a QR code in the middle, or all white without text. */
function lumaFrame(text: string | undefined, width: number, height: number): Uint8Array {
  const luma = new Uint8Array(width * height).fill(WHITE);
  if (text === undefined) return luma;
  const code = generate(text);
  // Four modules of quiet zone on each side, as the QR standard asks.
  const scale = Math.floor(Math.min(width, height) / (code.size + 8));
  const left = Math.floor((width - code.size * scale) / 2);
  const top = Math.floor((height - code.size * scale) / 2);
  for (let y = 0; y < code.size; y++)
    for (let x = 0; x < code.size; x++) {
      if (!code.get(x, y)) continue;
      for (let dy = 0; dy < scale; dy++)
        luma.fill(
          BLACK,
          (top + y * scale + dy) * width + left + x * scale,
          (top + y * scale + dy) * width + left + (x + 1) * scale,
        );
    }
  return luma;
}

/** Writes the video of `codes` to `file` (`.y4m`) and returns the number of frames. */
export function writeQrVideo(file: string, codes: readonly string[], options: QrVideoOptions = {}): number {
  const { width = 480, height = 360, fps = 10, seconds = 1, gapSeconds = 0.5 } = options;
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, NEUTRAL);
  const frameHeader = Buffer.from('FRAME\n');
  const parts: Buffer[] = [Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`)];
  const blank = Buffer.from(lumaFrame(undefined, width, height));
  let frames = 0;
  const add = (luma: Buffer, count: number) => {
    for (let i = 0; i < count; i++) parts.push(frameHeader, luma, chroma);
    frames += count;
  };
  for (const text of codes) {
    add(Buffer.from(lumaFrame(text, width, height)), Math.round(seconds * fps));
    add(blank, Math.round(gapSeconds * fps));
  }
  writeFileSync(file, Buffer.concat(parts));
  return frames;
}

/** Chromium's switches for a fake camera that plays `file`, with the permission prompt accepted. */
export function fakeCameraArgs(file: string): string[] {
  return ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${file}`];
}
