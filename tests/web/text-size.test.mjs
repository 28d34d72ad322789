// text-size.test.mjs: the "Text size" setting (Settings, from the home screen) scales
// every screen (the text and the widgets around it grow, fixed-height buttons too) and is
// kept across visits (settings.json in the user's storage, beside the progress).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openGame, waitForScreen, waitForSnapshot, clickWidget, findWidget,
         screenshot } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('Text size in Settings: 100% → 125% → 150% makes every screen larger, and is kept after a reload', async () => {
  const { context, page, errors } = await openGame(browser, server.url);
  let snap = await waitForScreen(page, 'home');
  const before = findWidget(snap, 'import');
  await clickWidget(page, 'settings');
  snap = await waitForSnapshot(page, (s) => s.screen === 'settings', 'the settings screen');
  assert.equal(snap.state.text_size, 100);
  await clickWidget(page, 'text-size-125');
  snap = await waitForSnapshot(page, (s) => s.state.text_size === 125, 'text at 125%');
  await clickWidget(page, 'text-size-150');
  snap = await waitForSnapshot(page, (s) => s.state.text_size === 150 && findWidget(s, 'back').h > findWidget(snap, 'back').h,
                               'text at 150%');
  await screenshot(page, 'text-size-150-settings');
  await clickWidget(page, 'back');
  snap = await waitForSnapshot(page, (s) => s.screen === 'home' && findWidget(s, 'import').h > before.h * 1.3,
                               'home at 150%, the buttons grown with it');
  assert.ok(findWidget(snap, 'import').w > before.w * 1.3, 'wider too');
  await screenshot(page, 'text-size-150-home');
  await page.waitForFunction(() => !window.studyArcade.storageBusy());
  await page.reload();
  snap = await waitForScreen(page, 'home');
  assert.ok(findWidget(snap, 'import').h > before.h * 1.3, 'kept after a reload');
  await clickWidget(page, 'deck:crm-11-flashcards');
  snap = await waitForScreen(page, 'deck');
  const mode = findWidget(snap, 'mode-flashcards');
  assert.ok(mode.h > 44 * 1.2, `a fixed-height button grows with the text (${mode.h} px)`);
  await screenshot(page, 'text-size-150-deck');
  assert.deepEqual(errors, []);
  await context.close();
});
