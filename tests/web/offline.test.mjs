// offline.test.mjs: the game as an installed, offline app (web/sw.js, README "Offline and
// install"). After one visit the service worker has this build in a cache named after
// its hash (every file of build-manifest.json, font packs included); a second visit
// downloads only the page and sw.js; with the browser offline (context.setOffline) the
// game starts, a whole Flashcards pass is played, every other mode takes an answer and a
// Greek deck gets its font pack, with the server down as well. The page is installable
// (manifest, 192 and 512 px icons). A server that does not answer: the cached page after
// 5 s. A new build on the server replaces the cached one: the next visit runs it, the old
// cache is gone, and offline it is the new build that plays. (The test server sends the
// .br files, as a real host does: the second visit's bytes are those a browser receives.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, appendFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launchBrowser, openGame, siteDir, snapshot, waitFor, waitForScreen, waitForSnapshot,
         waitForIdle, clickWidget, screenshot, importThroughPicker, twoCardsProgress } from './harness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const buildDir = dirname(siteDir);  // build-wasm: app/, shell/ and font-packs/ beside site/
const manifestOf = async (dir) => JSON.parse(await readFile(join(dir, 'build-manifest.json'), 'utf8'));
// Console errors a page shows while offline on purpose (none is expected online).
const realErrors = (errors) => errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e));

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

// Waits until build `build`'s service worker controls the page and its cache is the only
// one; returns the files in that cache (paths relative to the site).
async function offlineReady(page, build) {
  const cacheName = `study-arcade-${build}`;
  const probe = () => page.evaluate(async (name) => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!navigator.serviceWorker.controller || registration?.active?.state !== 'activated') return null;
    const names = await caches.keys();
    if (names.length !== 1 || names[0] !== name) return null;
    return (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname.slice(1)).sort();
  }, cacheName).catch(() => null);  // null while a page loads
  return waitFor(probe, `the service worker of build ${build} with its cache`, 60000);
}

// Offline: the browser's offline mode (context.setOffline) covers the pages and the
// service worker's fetches, but not the browser's own update check of sw.js: the server
// goes down too, so that nothing at all can come from it.
async function goOffline(context, server) {
  await server.close();
  await context.setOffline(true);
}

const changed = (snap) => (s) => JSON.stringify(s.state) !== JSON.stringify(snap.state);

// A whole Flashcards pass by keys and clicks (every third card to Don't know).
async function playFlashcardsPass(page) {
  let state = (await waitForScreen(page, 'flashcards')).state;
  const total = state.remaining;
  assert.ok(total > 0);
  for (let i = 0; i < total; i++) {
    state = (await snapshot(page)).state;
    await page.keyboard.press('Space');
    await waitForSnapshot(page, (s) => s.state.side === 'definition' && s.state.card_id === state.card_id, 'the flip');
    if (i % 3 === 2) await clickWidget(page, 'box-dont-know');
    else await page.keyboard.press('ArrowRight');
    await waitForSnapshot(page, (s) => s.screen === 'results' || s.state.remaining === state.remaining - 1, 'the next card');
  }
  const summary = (await waitForScreen(page, 'results')).state.summary;
  assert.equal(summary.total, total);
  assert.equal(summary.not_known, Math.floor(total / 3));
  assert.equal(summary.known + summary.not_known, total);
}

test('after one visit a second one costs under 10 KB, and offline the game starts and every mode plays', async (t) => {
  const manifest = await manifestOf(siteDir);
  const server = await startServer();  // this test's own: it goes down below
  const { context, page, errors } = await openGame(browser, server.url);
  await waitForScreen(page, 'home');
  assert.equal(await page.evaluate(() => window.studyArcade.build), manifest.build);
  const cached = await offlineReady(page, manifest.build);
  assert.deepEqual(cached, [...manifest.serviceWorker.precache].sort(), 'the cache holds the whole build');
  for (const [plain, name] of Object.entries(manifest.files)) {
    if (!/^(course-example|scorm)\./.test(plain)) assert.ok(cached.includes(name), `${plain} is kept offline`);
  }
  for (const needed of ['index.html', 'manifest.webmanifest', 'icon-192.png', 'icon-512.png']) assert.ok(cached.includes(needed));
  assert.ok(cached.some((name) => /^fonts\/NotoSans-Regular-greek\.[0-9a-f]{10}\.ttf$/.test(name)), 'the font packs too');

  // Second visit: the page from the network, everything else from the cache; the browser
  // also asks for sw.js to see whether the build changed.
  const sentBefore = server.bytesSent(), askedBefore = server.requested.length;
  await page.goto(server.url);
  await waitForScreen(page, 'home');
  await waitFor(() => server.requested.slice(askedBefore).includes('/sw.js'), 'the browser\'s check of sw.js');
  const secondVisit = server.bytesSent() - sentBefore;
  t.diagnostic(`second visit: ${secondVisit} bytes (${server.requested.slice(askedBefore).join(' ')})`);
  assert.deepEqual([...new Set(server.requested.slice(askedBefore))].sort(), ['/', '/sw.js']);
  assert.ok(secondVisit <= 10 * 1024, `second visit ${secondVisit} bytes`);

  // Offline: the game starts, and Review, from a progress file imported offline, plays.
  await goOffline(context, server);
  await page.reload();
  await waitForScreen(page, 'home');
  const link = (mode, extra = '') => `${server.url}/?deck=crm-11-flashcards&mode=${mode}&seed=5${extra}`;
  await importThroughPicker(page, 'progress.json', twoCardsProgress('crm-11-flashcards', Date.now()));
  await waitForSnapshot(page, (s) => s.screen === 'home' && s.state.due >= 1, 'cards due at home');
  await page.waitForFunction(() => !window.studyArcade.storageBusy());
  await page.goto(link('review'));
  let snap = await waitForSnapshot(page, (s) => s.widgets.some((w) => w.id === 'choice-0'), 'a Review question');
  await clickWidget(page, 'choice-0');
  await waitForSnapshot(page, changed(snap), 'a Review answer');

  // A launch link straight into Flashcards, as a bookmark or the installed app opens it.
  await page.goto(`${server.url}/?deck=crm-11-flashcards&mode=flashcards&order=deck&side=term`);
  await playFlashcardsPass(page);
  await screenshot(page, 'offline-flashcards-pass');

  // Every other mode starts offline and takes an answer.
  await page.goto(link('matching', '&round=4'));
  snap = await waitForScreen(page, 'matching');
  await clickWidget(page, snap.widgets.find((w) => w.id.startsWith('tile-')).id);
  await waitForSnapshot(page, changed(snap), 'a tile chosen');

  await page.goto(link('snowman', '&words=1'));
  snap = await waitForScreen(page, 'snowman');
  await clickWidget(page, 'letter-e');
  await waitForSnapshot(page, changed(snap), 'a letter guessed');

  await page.goto(link('quiz', '&questions=2&types=mc'));
  snap = await waitForScreen(page, 'quiz');
  await clickWidget(page, 'option-0');
  await waitForSnapshot(page, changed(snap), 'a quiz answer');

  await page.goto(link('learn'));
  snap = await waitForSnapshot(page, (s) => s.widgets.some((w) => w.id === 'option-0'), 'Learn\'s first question');
  await clickWidget(page, 'option-0');
  await waitForSnapshot(page, changed(snap), 'a Learn answer');

  // A Greek deck imported offline gets its font pack from the cache.
  await page.goto(server.url);
  await waitForScreen(page, 'home');
  await importThroughPicker(page, 'Ελληνικά.txt', 'καλημέρα\tgood morning\nευχαριστώ\tthank you\n');
  await waitForSnapshot(page, (s) => s.screen === 'deck' && s.state.fontPacks?.includes('greek'), 'the Greek font offline');
  await waitForIdle(page, 'the Greek deck');
  await screenshot(page, 'offline-greek-deck');

  assert.deepEqual(realErrors(errors), []);
  await context.close();
});

test('the page is installable: a manifest with 192 and 512 px icons and a service worker', async () => {
  const { context, page, errors } = await openGame(browser, server.url);
  await waitForScreen(page, 'home');
  await offlineReady(page, (await manifestOf(siteDir)).build);
  const cdp = await context.newCDPSession(page);
  const { errors: manifestErrors, data } = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifestErrors, []);
  const appManifest = JSON.parse(data);
  assert.equal(appManifest.display, 'standalone');
  for (const size of ['192x192', '512x512']) {
    const icon = appManifest.icons.find((i) => i.sizes === size && i.type === 'image/png');
    assert.ok(icon, `a ${size} PNG icon`);
    const png = await (await page.request.get(new URL(icon.src, server.url + '/').href)).body();
    assert.equal(png.readUInt32BE(16), Number(size.split('x')[0]), `${icon.src} is ${size}`);
  }
  // (Playwright's browser contexts are incognito ones: a real profile has no such error.)
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors.filter((e) => e.errorId !== 'in-incognito'), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a server that does not answer: after 5 s the page comes from the cache and the game starts', async () => {
  const build = (await manifestOf(siteDir)).build;
  const slowServer = await startServer();
  const { context, page, errors } = await openGame(browser, slowServer.url);
  try {
    await waitForScreen(page, 'home');
    await offlineReady(page, build);
    slowServer.hold('/');  // the page's request hangs (a captive portal, a dead link on a train)
    const started = Date.now();
    await page.goto(`${slowServer.url}/?deck=crm-11-flashcards&mode=flashcards&order=deck`, { timeout: 30000 });
    await waitForScreen(page, 'flashcards');
    const waited = Date.now() - started;
    assert.equal(await page.evaluate(() => window.studyArcade.build), build, 'the cached page of this build');
    assert.ok(waited >= 4500 && waited < 20000, `started after ${waited} ms (sw.js waits 5 s for the network)`);
    assert.ok(slowServer.requested.filter((p) => p === '/').length >= 1, 'the network was asked first');
    assert.deepEqual(errors, []);
  } finally {
    slowServer.release();
    await context.close();
    await slowServer.close();
  }
});

// Build B: build A with one page file changed, assembled by the build's own
// tools/finish_site.py (new hashed names, build hash, index.html and sw.js).
async function makeNextBuild(work) {
  const site = join(work, 'site-b'), shell = join(work, 'shell-b');
  await cp(siteDir, site, { recursive: true, preserveTimestamps: true });  // keeps A's .br/.gz: not redone
  await cp(join(buildDir, 'shell'), shell, { recursive: true });
  await appendFile(join(shell, 'page.js'), '\nwindow.studyArcadeTestBuild = "B";  // offline.test.mjs\n');
  execFileSync('python3', [join(root, 'tools', 'finish_site.py'), site, join(buildDir, 'app'), shell,
                           join(buildDir, 'font-packs'), join(buildDir, 'deck-files')]);
  return site;
}

test('a new build replaces the cached one: the next visit runs it, the old cache goes, offline it plays', async () => {
  const work = await mkdtemp(join(tmpdir(), 'study-arcade-update-'));
  const live = join(work, 'live');
  await cp(siteDir, live, { recursive: true });
  const a = await manifestOf(live);
  const nextSite = await makeNextBuild(work);
  const b = await manifestOf(nextSite);
  assert.match(b.build, /^[0-9a-f]{10}$/);
  assert.notEqual(b.build, a.build);
  assert.notEqual(b.files['page.js'], a.files['page.js']);
  assert.equal(b.files['game.wasm'], a.files['game.wasm'], 'an unchanged file keeps its name');
  const liveServer = await startServer(live);
  const { context, page, errors } = await openGame(browser, liveServer.url);
  const running = () => page.evaluate(() => ({ build: window.studyArcade.build, mark: window.studyArcadeTestBuild ?? null }));
  try {
    await waitForScreen(page, 'home');
    await offlineReady(page, a.build);
    assert.deepEqual(await running(), { build: a.build, mark: null });

    // Build B goes up in place of A (A's files gone), and the student comes back.
    await rm(live, { recursive: true });
    await cp(nextSite, live, { recursive: true });
    await page.reload();
    await waitForScreen(page, 'home');
    assert.deepEqual(await running(), { build: b.build, mark: 'B' }, 'the visit after the deploy runs B');
    const cached = await offlineReady(page, b.build);
    assert.deepEqual(cached, [...b.serviceWorker.precache].sort(), 'B\'s cache holds B, A\'s cache is gone');

    // Offline, B starts from its cache and plays.
    await goOffline(context, liveServer);
    await page.goto(`${liveServer.url}/?deck=crm-11-flashcards&mode=flashcards&order=deck`);
    const card = (await waitForScreen(page, 'flashcards')).state;
    assert.deepEqual(await running(), { build: b.build, mark: 'B' }, 'offline it is B that runs');
    await page.keyboard.press('Space');
    await waitForSnapshot(page, (s) => s.state.side === 'definition' && s.state.card_id === card.card_id, 'the flip');
    await waitForIdle(page, 'the flip drawn to its end');
    await screenshot(page, 'offline-after-update');
    assert.deepEqual(realErrors(errors), []);
  } finally {
    await context.close();
    await liveServer.close();
    await rm(work, { recursive: true, force: true });
  }
});
