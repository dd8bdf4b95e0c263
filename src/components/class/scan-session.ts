import { cameraProblemBefore, cameraProblemOf, type CameraProblem } from '../../lib/scanner/camera-problem';
import { loadPixelReader, nativeQrDetector } from '../../lib/scanner/qr-reader';
import { createRepeatFilter, REPEAT_HOLD_MS } from '../../lib/scanner/repeat-filter';

/** What a scan session tells its view. */
export interface ScanEvents {
  /** The camera shows its picture and codes are being read. */
  onScanning(): void;
  /** A code the camera has just come to see (a code held up for seconds comes once). */
  onCode(text: string): void;
  /** The camera cannot be used. */
  onProblem(problem: CameraProblem): void;
}

/** Time between two frames read (ms): enough for a pupil walking past, light on an old phone. */
const FRAME_INTERVAL_MS = 150;
/** Frames are read at most this wide or high: QR tickets stay readable, old phones keep up. */
const MAX_FRAME_SIDE = 640;

/** A frame reader: the browser's detector, else jsQR over the frame's pixels drawn on a canvas. */
async function createFrameReader(): Promise<(video: HTMLVideoElement) => Promise<string | undefined>> {
  const native = await nativeQrDetector();
  if (native) return async (video) => (await native.detect(video))[0]?.rawValue;
  const read = await loadPixelReader();
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2D canvas');
  return async (video) => {
    const scale = Math.min(1, MAX_FRAME_SIDE / Math.max(video.videoWidth, video.videoHeight));
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    return read(context.getImageData(0, 0, canvas.width, canvas.height));
  };
}

/**
 * Opens the rear camera into `video` and reads QR codes one after another until `stop()` (which
 * stops the camera's tracks, so the camera light goes off). Returns the stop function at once;
 * calling it while the camera is still starting stops it as soon as it opens.
 */
export function startScanSession(video: HTMLVideoElement, events: ScanEvents): () => void {
  let stopped = false;
  let stream: MediaStream | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const isNew = createRepeatFilter(REPEAT_HOLD_MS);

  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    stream?.getTracks().forEach((track) => track.stop());
    stream = undefined;
    video.srcObject = null;
  };

  const run = async () => {
    const problem = cameraProblemBefore(window.isSecureContext, typeof navigator.mediaDevices?.getUserMedia === 'function');
    if (problem) return events.onProblem(problem);
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch (error) {
      if (!stopped) events.onProblem(cameraProblemOf(error));
      return;
    }
    if (stopped) return stop();
    video.srcObject = stream;
    try {
      await video.play();
    } catch {
      // Autoplay refused: the frames still arrive while muted and inline on every browser we know.
    }
    const read = await createFrameReader();
    if (stopped) return;
    events.onScanning();
    const tick = async () => {
      if (stopped) return;
      if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0) {
        const text = await read(video).catch(() => undefined);
        if (text && !stopped && isNew(text, performance.now())) events.onCode(text);
      }
      if (!stopped) timer = setTimeout(() => void tick(), FRAME_INTERVAL_MS);
    };
    void tick();
  };
  run().catch(() => {
    if (!stopped) events.onProblem('failed');
    stop();
  });
  return stop;
}
