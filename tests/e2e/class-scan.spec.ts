import { expect, test as base } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { CLASS_PAGE_PERMISSIONS_POLICY, SECURITY_HEADERS } from '../../src/lib/hosting/security-headers';
import { expectNoViolations } from './axe';
import { fakeCameraArgs, writeQrVideo } from './fake-camera';
import { lessonsWithQuizTypes } from './site-content';
import { openClass, quizOfLesson, ticketCode } from './tickets';
import { foreignRequests } from './foreign-requests';

/**
 * The camera scanner on the real class page, with Chromium's fake camera playing a video of QR
 * codes (tests/e2e/fake-camera.ts): pupils come up one after another, nobody taps in between.
 */
const [lesson, other] = lessonsWithQuizTypes().filter((info) => info.types.length > 0);
const quiz = quizOfLesson(lesson!.id);
const pupils = ['pupil-1', 'pupil-2', 'pupil-3'].map((attempt) => ticketCode(quiz, {}, attempt));
const otherQuiz = ticketCode(quizOfLesson(other!.id), {}, 'pupil-4');
/** In the camera's order: three pupils, the first again, a stray QR code, a ticket of another quiz. */
const shown = [pupils[0]!, pupils[1]!, pupils[0]!, 'HELLO BALISE', otherQuiz, pupils[2]!];
const expected = ['counted', 'counted', 'duplicate', 'refused', 'refused', 'counted'] as const;

const test = base.extend<object, { launchOptions: { args?: string[] } }>({
  launchOptions: [
    async ({ launchOptions }, use) => {
      const video = join(mkdtempSync(join(tmpdir(), 'balise-camera-')), 'tickets.y4m');
      writeQrVideo(video, shown);
      await use({ ...launchOptions, args: [...(launchOptions.args ?? []), ...fakeCameraArgs(video)] });
    },
    { scope: 'worker' },
  ],
});

test.skip(({ browserName }) => browserName !== 'chromium', "Chromium's fake camera");

test('the camera reads tickets one after another: each counted once, duplicates and bad codes refused', async ({
  page,
  baseURL,
}) => {
  const foreign = foreignRequests(page, baseURL);
  // Keeps what the scanner announces, in order, and the camera's streams to check they stop.
  await page.addInitScript(() => {
    const log: string[] = [];
    const streams: MediaStream[] = [];
    Object.assign(window, { scanLog: log, cameraStreams: streams });
    const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await getUserMedia(constraints);
      streams.push(stream);
      return stream;
    };
    // The scanner empties its message before each new one, so a message repeated is logged again.
    let seen = '';
    new MutationObserver(() => {
      const text = document.querySelector('[data-result]')?.textContent ?? '';
      if (text && text !== seen) log.push(text);
      seen = text;
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });

  await openClass(page, lesson!.id, '5A');
  await page.getByRole('button', { name: en['class.scanButton'] }).click();
  await expect(page.getByText(en['scanner.scanning'])).toBeVisible();

  const messages = expected.map((result) => en[`scanner.${result}`]);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { scanLog: string[] }).scanLog.slice(0, 6)), { timeout: 30_000 })
    .toEqual(messages);
  await expect(page.getByText(en['class.count'].replace('{count}', '3'))).toBeVisible();
  await expectNoViolations(page);

  await page.getByRole('button', { name: en['scanner.stop'] }).click();
  await expect(page.getByText(en['scanner.stopped'])).toBeVisible();
  const tracks = await page.evaluate(() =>
    (window as unknown as { cameraStreams: MediaStream[] }).cameraStreams.flatMap((stream) =>
      stream.getTracks().map((track) => track.readyState),
    ),
  );
  expect(tracks).toEqual(['ended']);
  await expect(page.getByText(en['class.count'].replace('{count}', '3'))).toBeVisible();
  expect(foreign).toEqual([]);
});

test("Chromium gives the camera to a class page only, also when a host joins _headers' two rules", async ({ page }) => {
  // What Cloudflare Pages sends on a class page: the site-wide value, then the class pages' one.
  const policies = {
    site: SECURITY_HEADERS['Permissions-Policy']!,
    class: CLASS_PAGE_PERMISSIONS_POLICY,
    joined: `${SECURITY_HEADERS['Permissions-Policy']}, ${CLASS_PAGE_PERMISSIONS_POLICY}`,
  };
  const allowed: Record<string, boolean[]> = {};
  for (const [name, policy] of Object.entries(policies)) {
    await page.route(`**/policy-${name}/`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'Permissions-Policy': policy },
        body: '<!doctype html><title>policy</title>',
      }),
    );
    await page.goto(`/policy-${name}/`);
    allowed[name] = await page.evaluate(() => {
      const policy = (document as unknown as { featurePolicy: { allowsFeature(feature: string): boolean } }).featurePolicy;
      return ['camera', 'microphone'].map((feature) => policy.allowsFeature(feature));
    });
  }
  expect(allowed).toEqual({ site: [false, false], class: [true, false], joined: [true, false] });
});
