// text-size.test.mjs: the home screen's "Text size" setting scales every screen (the
// text and the widgets around it grow) and is kept across visits (settings.json in the
// user's storage, beside the progress).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openGame, waitForScreen, waitForSnapshot, clickWidget, findWidget,
         screenshot } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('Text size: 100% → 125% → 150% makes the screens larger, and is kept after a reload', async () => {
  const { context, page, errors } = await openGame(browser, server.url);
  let snap = await waitForScreen(page, 'home');
  assert.equal(snap.state.text_percent, 100);
  const before = findWidget(snap, 'import');
  await clickWidget(page, 'text-size');
  snap = await waitForSnapshot(page, (s) => s.state.text_percent === 125, 'text at 125%');
  await clickWidget(page, 'text-size');
  snap = await waitForSnapshot(page, (s) => s.state.text_percent === 150 && findWidget(s, 'import').h > before.h * 1.3,
                               'text at 150%, the buttons grown with it');
  assert.ok(findWidget(snap, 'import').w > before.w * 1.3, 'wider too');
  await screenshot(page, 'text-size-150-home');
  await page.waitForFunction(() => !window.studyArcade.storageBusy());
  await page.reload();
  snap = await waitForScreen(page, 'home');
  assert.equal(snap.state.text_percent, 150, 'kept after a reload');
  await clickWidget(page, 'deck:crm-11-flashcards');
  await waitForScreen(page, 'deck');
  await screenshot(page, 'text-size-150-deck');
  assert.deepEqual(errors, []);
  await context.close();
});
