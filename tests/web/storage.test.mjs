// storage.test.mjs: when the browser will not keep what the game saves, the student is
// told on screen, and nothing is lost silently (issue 13, case 8): storage blocked from
// the start (a private window, a course page's iframe that may not use IndexedDB), a
// save that fails later (quota), and a saved deck file damaged in IndexedDB, moved aside
// and removable from the home screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openGame, waitForScreen, waitForSnapshot, clickWidget, screenshot,
         importThroughPicker } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const terms = 'Churn rate\tshare of customers who stop buying\nTouchpoint\tany contact with the company\n';

test('storage blocked from the start: the game runs, says so, and imports for this visit', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // What a browser that blocks storage does: indexedDB.open throws a SecurityError.
  await context.addInitScript(() => {
    window.indexedDB.open = () => { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); };
  });
  const page = await context.newPage();
  await page.goto(server.url);
  const home = await waitForSnapshot(page, (s) => s.screen === 'home' && /does not let the game keep your decks and progress/.test(s.state.notice || ''),
                                     'the notice that decks will not be kept');
  assert.match(home.state.notice, /the browser said: .*denied permission/);
  assert.equal(home.state.decks.length, 5, 'the shipped decks still load');
  await screenshot(page, 'storage-blocked-home');
  await importThroughPicker(page, 'Visit only.txt', terms);
  const deck = await waitForScreen(page, 'deck');
  assert.equal(deck.state.card_count, 2, 'the deck can still be studied in this visit');
  const told = await waitForSnapshot(page, (s) => (s.state.message || []).some((m) => /could not be saved|will be gone/.test(m)),
                                     'a message that the deck will not be kept');
  assert.ok(told.state.message.some((m) => /export/.test(m)), 'it says what to do');
  await screenshot(page, 'storage-blocked-import');
  await context.close();
});

test('a save that fails later (quota) is said on screen, not only in the console', async () => {
  const { context, page } = await openGame(browser, server.url);
  await waitForScreen(page, 'home');
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  });
  await importThroughPicker(page, 'Too big.txt', terms);
  await waitForScreen(page, 'deck');
  const told = await waitForSnapshot(page, (s) => (s.state.message || []).some((m) => /decks and progress could not be saved in this browser/.test(m)),
                                     'the failed save on screen');
  assert.ok(told.state.message.some((m) => /quota has been exceeded/.test(m)), 'with the browser\'s reason');
  await screenshot(page, 'storage-quota');
  await context.close();
});

test('a damaged deck file in storage is moved aside, listed on the home screen, and can be removed', async () => {
  const { context, page, errors } = await openGame(browser, server.url);
  await waitForScreen(page, 'home');
  await importThroughPicker(page, 'Will break.txt', terms);
  const deck = await waitForScreen(page, 'deck');
  assert.equal(deck.state.deck_title, 'Will break');
  await page.waitForFunction(() => !window.studyArcade.storageBusy());
  // Damage the saved file where it is kept (IndexedDB, as the game's storage wrote it).
  const damaged = await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('/user');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const store = open.result.transaction('FILE_DATA', 'readwrite').objectStore('FILE_DATA');
      const keys = store.getAllKeys();
      keys.onsuccess = () => {
        const key = keys.result.find((k) => /\/decks\/will-break\.json$/.test(k));
        if (!key) return reject(new Error('no saved file among ' + keys.result.join(', ')));
        const get = store.get(key);
        get.onsuccess = () => {
          const entry = get.result;
          entry.contents = new TextEncoder().encode('{"title": "Will br');
          entry.timestamp = new Date();
          store.put(entry, key).onsuccess = () => resolve(key);
        };
      };
    };
  }));
  assert.match(damaged, /will-break\.json$/);
  await page.reload();
  const home = await waitForSnapshot(page, (s) => s.screen === 'home' && (s.state.damaged || []).length === 1,
                                     'the damaged file listed');
  assert.equal(home.state.damaged[0].name, 'will-break.json');
  assert.match(home.state.damaged[0].problem, /is not valid JSON at line 1/);
  assert.ok(!home.state.decks.some((d) => d.title === 'Will break'), 'not offered as a deck');
  assert.equal(home.state.decks.length, 5, 'the other decks load');
  // What was stored came through the page's read ahead (web/page.js), not a second read.
  assert.equal(await page.evaluate(() => window.Module.storageReadAheadTaken), true, 'the read ahead was taken');
  await screenshot(page, 'storage-damaged-listed');
  await clickWidget(page, 'remove-damaged-0');
  const removed = await waitForSnapshot(page, (s) => !(s.state.damaged || []).length, 'the damaged file removed');
  assert.match(removed.state.message[0], /Removed the damaged file “will-break\.json”/);
  await page.waitForFunction(() => !window.studyArcade.storageBusy());
  await page.reload();
  const again = await waitForScreen(page, 'home');
  assert.ok(!(again.state.damaged || []).length, 'removed for good');
  assert.deepEqual(errors.filter((e) => !/storage/.test(e)), []);
  await context.close();
});
