// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../i18n/en.json';
import { stringsWithPrefix } from '../../i18n';
import TicketScanner, { type ScanResult } from './TicketScanner';

const strings = stringsWithPrefix('en', 'scanner.');

/** A camera whose frames hold, in turn, the codes given (undefined: no code in sight). */
function fakeCamera(frames: Array<string | undefined>) {
  const track = { stop: vi.fn() };
  const getUserMedia = vi.fn(() => Promise.resolve({ getTracks: () => [track] }));
  let frame = 0;
  class BarcodeDetector {
    static getSupportedFormats = () => Promise.resolve(['qr_code']);
    detect = () => {
      const text = frames[Math.min(frame++, frames.length - 1)];
      return Promise.resolve(text ? [{ rawValue: text }] : []);
    };
  }
  vi.stubGlobal('BarcodeDetector', BarcodeDetector);
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
  return { track, getUserMedia };
}

function renderScanner(onCode: (text: string) => ScanResult = () => 'counted') {
  return render(() => <TicketScanner onCode={onCode} strings={strings} />);
}

beforeEach(() => {
  vi.stubGlobal('isSecureContext', true);
  Object.defineProperty(HTMLMediaElement.prototype, 'readyState', { get: () => 4, configurable: true });
  Object.defineProperty(HTMLVideoElement.prototype, 'videoWidth', { get: () => 640, configurable: true });
  Object.defineProperty(HTMLVideoElement.prototype, 'videoHeight', { get: () => 480, configurable: true });
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<TicketScanner>', () => {
  it('asks for the rear camera, and reports each code once however long it is held up', async () => {
    const camera = fakeCamera(['A', 'A', 'A', undefined, 'A', 'B', 'B', 'A', 'BAD']);
    const results: Record<string, ScanResult> = { A: 'counted', B: 'duplicate', BAD: 'refused' };
    const onCode = vi.fn((text: string) => results[text]!);
    renderScanner(onCode);
    expect(camera.getUserMedia).toHaveBeenCalledWith({ video: { facingMode: 'environment' }, audio: false });
    await waitFor(() => expect(onCode).toHaveBeenCalledTimes(4), { timeout: 4000 });
    expect(onCode.mock.calls.map(([text]) => text)).toEqual(['A', 'B', 'A', 'BAD']);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(en['scanner.refused']));
    expect(screen.getByText(en['scanner.scanning'])).toBeTruthy();
  });

  it('stops the camera on Stop, and starts it again on request', async () => {
    const camera = fakeCamera([undefined]);
    renderScanner();
    await screen.findByText(en['scanner.scanning']);
    fireEvent.click(screen.getByRole('button', { name: en['scanner.stop'] }));
    expect(camera.track.stop).toHaveBeenCalledTimes(1);
    expect(screen.getByText(en['scanner.stopped'])).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: en['scanner.restart'] }));
    await screen.findByText(en['scanner.scanning']);
    expect(camera.getUserMedia).toHaveBeenCalledTimes(2);
  });

  it('stops the camera when the page is hidden and when the scanner is removed', async () => {
    const camera = fakeCamera([undefined]);
    const { unmount } = renderScanner();
    await screen.findByText(en['scanner.scanning']);
    vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(camera.track.stop).toHaveBeenCalledTimes(1);
    expect(screen.getByText(en['scanner.stopped'])).toBeTruthy();
    vi.spyOn(document, 'hidden', 'get').mockReturnValue(false);
    fireEvent.click(screen.getByRole('button', { name: en['scanner.restart'] }));
    await screen.findByText(en['scanner.scanning']);
    unmount();
    expect(camera.track.stop).toHaveBeenCalledTimes(2);
  });

  it('says why when the page is not secure, the camera is refused or missing', async () => {
    const camera = fakeCamera([undefined]);
    vi.stubGlobal('isSecureContext', false);
    renderScanner();
    expect(await screen.findByText(en['scanner.insecure'])).toBeTruthy();
    expect(camera.getUserMedia).not.toHaveBeenCalled();
    cleanup();

    vi.stubGlobal('isSecureContext', true);
    camera.getUserMedia.mockRejectedValueOnce(Object.assign(new Error('no'), { name: 'NotAllowedError' }));
    renderScanner();
    expect(await screen.findByText(en['scanner.denied'])).toBeTruthy();
    cleanup();

    camera.getUserMedia.mockRejectedValueOnce(Object.assign(new Error('no'), { name: 'NotFoundError' }));
    renderScanner();
    expect(await screen.findByText(en['scanner.noCamera'])).toBeTruthy();
    expect(screen.getByRole('button', { name: en['scanner.restart'] })).toBeTruthy();
  });
});
