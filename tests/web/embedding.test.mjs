// embedding.test.mjs: Study Arcade inside a course page, as a teacher sets it up and a
// student plays it. The example course page (web/course-example.html) is served from one
// loopback port and embeds the game served from another (two origins), every page under
// the strict Content-Security-Policy of the README. Checks: a flashcards pass played in
// the iframe with real clicks and keys posts progress and a completed message with the
// right score to the course page, which shows it; keys in the iframe never scroll the
// course page; fullscreen works; a message from a wrong origin is ignored while the
// course page's own is obeyed; a bad link explains itself; a deck fetched from an
// address; the Embed / share dialog's link opens the same mode and its Copy button puts
// the iframe code on the real clipboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openGame, snapshot, waitFor, waitForScreen, waitForSnapshot, clickWidget, findWidget,
         centerOf, screenshot, siteDir, gameCsp } from './harness.mjs';

const tinyDeck = JSON.stringify({
  format: 'study-arcade-deck', version: 1, id: 'tiny', title: 'Three capitals',
  cards: [{ id: 'c1', term: 'France', definition: 'Paris' }, { id: 'c2', term: 'Italy', definition: 'Rome' },
          { id: 'c3', term: 'Spain', definition: 'Madrid' }],
});
const json = 'application/json';
const cors = { 'access-control-allow-origin': '*' };

let game, course, other, browser;
before(async () => {
  // The game may fetch decks from this machine's other ports in these tests.
  game = await startServer(siteDir, {}, gameCsp.replace("connect-src 'self' https:", "connect-src 'self' https: http://127.0.0.1:*"));
  course = await startServer(siteDir, {}, "default-src 'self'; frame-src http://127.0.0.1:*; object-src 'none'");
  other = await startServer(siteDir, {
    '/tiny.json': [json, tinyDeck, cors],
    '/no-cors.json': [json, tinyDeck],
    // A page of a third origin that posts to the first game iframe of the page around it.
    '/intruder.html': ['text/html', '<!doctype html><script src="intruder.js"></script>'],
    '/intruder.js': ['text/javascript', "parent.frames[0].postMessage({ type: 'restart' }, '*');" +
                     "parent.frames[0].postMessage({ type: 'status' }, '*');"],
  });
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await Promise.all([game, course, other].map((s) => s?.close())); });

// The course page, with every message its window receives recorded (with its origin and
// the index of the iframe it came from: 0 flashcards, 1 quiz).
async function openCoursePage() {
  const opened = await openGame(browser, 'about:blank');
  await opened.page.addInitScript(() => {
    if (window.top !== window) return;
    window.received = [];
    window.addEventListener('message', (e) => {
      let frame = -1;
      for (let i = 0; i < window.frames.length; i++) if (window.frames[i] === e.source) frame = i;
      window.received.push({ origin: e.origin, frame, data: e.data });
    });
  });
  await opened.page.goto(`${course.url}/course-example.html?game=${encodeURIComponent(game.url + '/')}`);
  const gameFrames = () => opened.page.frames().filter((f) => f.url().startsWith(game.url));
  const [flashcards, quiz] = await waitFor(() => gameFrames().length === 2 && gameFrames(), 'the two game iframes', 10000,
    () => opened.page.frames().map((f) => f.url()).join(', '));
  return { ...opened, flashcards, quiz };
}

// The messages of one type the course page received from one of its game iframes.
const received = (page, type, frame = 0) =>
  page.evaluate(([t, f]) => window.received.filter((m) => m.frame === f && m.data.type === t), [type, frame]);

// Clicks a widget of the game in an iframe: its rectangle is in the iframe's viewport.
async function clickInFrame(page, frame, id) {
  const box = await (await frame.frameElement()).boundingBox();
  const { x, y } = centerOf(findWidget(await snapshot(frame), id));
  await page.mouse.click(box.x + x, box.y + y);
}

test('a flashcards pass played in the course page iframe reports its score to the page', async () => {
  const { context, page, errors, flashcards } = await openCoursePage();
  let state = (await waitForScreen(flashcards, 'flashcards')).state;
  assert.equal(state.remaining, 24);
  assert.equal(state.side, 'term');
  // The flashcards iframe's ready message (the quiz iframe's may come first).
  const ready = await waitFor(async () => { const r = await received(page, 'ready'); return r.length > 0 && r; },
    'the ready message of the flashcards iframe', 10000);
  assert.equal(ready[0].origin, game.url);
  assert.equal(ready[0].data.deck.id, 'crm-11-flashcards');
  assert.equal(ready[0].data.mode, 'flashcards');
  await screenshot(page, 'embedding-course-page');

  // A click gives the game the keyboard; keys in it never scroll the course page.
  await clickInFrame(page, flashcards, 'card');
  state = (await waitForSnapshot(flashcards, (s) => s.state.side === 'definition', 'the flip')).state;
  await page.keyboard.press('Space');
  await waitForSnapshot(flashcards, (s) => s.state.side === 'term', 'the flip back');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('PageDown');
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the course page did not scroll');

  // Fullscreen, where the iframe allows it, and back.
  const button = findWidget(await snapshot(flashcards), 'fullscreen');
  await clickInFrame(page, flashcards, 'fullscreen');
  await page.waitForFunction(() => !!document.fullscreenElement, null, { timeout: 5000 });
  // The button moves with the game's right edge: click it where the full-screen layout has it.
  await waitForSnapshot(flashcards, (s) => s.widgets.some((w) => w.id === 'fullscreen' && w.x !== button.x),
                        'the game laid out at full screen');
  await clickInFrame(page, flashcards, 'fullscreen');
  await page.waitForFunction(() => !document.fullscreenElement, null, { timeout: 5000 });

  // 20 cards in Know with the → key, 4 in Don't know with clicks.
  const missed = [];
  for (let i = 0; i < 24; i++) {
    const before = (await snapshot(flashcards)).state;
    if (i % 6 === 5) {
      missed.push(before.card_id);
      await clickInFrame(page, flashcards, 'box-dont-know');
    } else {
      await page.keyboard.press('ArrowRight');
    }
    await waitForSnapshot(flashcards, (s) => s.screen === 'results' || s.state.remaining === before.remaining - 1, 'the next card');
  }
  await waitForScreen(flashcards, 'results');
  const [completed] = await waitFor(async () => { const c = await received(page, 'completed'); return c.length > 0 && c; },
    'the completed message', 10000);
  assert.equal(completed.origin, game.url);
  assert.equal(completed.data.mode, 'flashcards');
  assert.equal(completed.data.score, 20);
  assert.equal(completed.data.maxScore, 24);
  assert.equal(completed.data.completed, true);
  assert.equal(completed.data.cards.length, 24);
  assert.deepEqual(completed.data.cards.filter((c) => !c.correct).map((c) => c.id).sort(), missed.sort());
  assert.ok((await received(page, 'progress')).length >= 23, 'a progress message after each card');
  // The course page shows it.
  const shown = await page.locator('[data-activity="flashcards"] .value').textContent();
  assert.match(shown, /^completed: 20 \/ 24 \(83\.3%\)/);
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  await screenshot(page, 'embedding-completed');

  // The answers are kept in the iframe's storage (the game's origin, under this course
  // page): its deck screen shows them, also after the course page is opened again.
  const studiedOnDeckScreen = async (frame) => {
    await clickInFrame(page, frame, 'back-to-deck');
    const deck = await waitForScreen(frame, 'deck');
    return deck.state.visible_cards.filter((c) => c.memory.startsWith('Recall')).length;
  };
  assert.ok(await studiedOnDeckScreen(flashcards) > 0, 'the cards answered show their recall');
  await flashcards.waitForFunction(() => !window.studyArcade.storageBusy());
  await page.reload();
  const again = await waitFor(() => { const f = page.frames().filter((x) => x.url().startsWith(game.url)); return f.length === 2 && f[0]; },
    'the iframes again', 10000);
  await waitForScreen(again, 'flashcards');
  await clickInFrame(page, again, 'back');
  const deck = await waitForScreen(again, 'deck');
  assert.ok(deck.state.visible_cards.filter((c) => c.memory.startsWith('Recall')).length > 0,
    'progress kept in the embedded game after the course page was opened again');
  assert.deepEqual(errors, []);
  await context.close();
});

test('messages from another origin are ignored; the course page\'s own are obeyed', async () => {
  const { context, page, errors, flashcards } = await openCoursePage();
  await waitForScreen(flashcards, 'flashcards');
  await clickInFrame(page, flashcards, 'card');
  for (let i = 0; i < 3; i++) {
    const before = (await snapshot(flashcards)).state;
    await page.keyboard.press('ArrowRight');
    await waitForSnapshot(flashcards, (s) => s.state.remaining === before.remaining - 1, 'the next card');
  }
  // Everything the flashcards iframe says from here on (its resizes left out).
  const mark = await page.evaluate(() => window.received.length);
  const saidSince = () => page.evaluate((n) => window.received.slice(n)
    .filter((m) => m.frame === 0 && m.data.type !== 'resize')
    .map((m) => ({ origin: m.origin, type: m.data.type, score: m.data.score })), mark);

  // A third origin's page inside the course page asks for a restart and a status
  // (intruder.js posts both while it loads, before its load event).
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    document.body.appendChild(frame);
    return new Promise((ok) => { frame.onload = ok; });
  }, `${other.url}/intruder.html`);

  // Then the course page itself (the origin the link names) asks for the status, restarts
  // the pass and asks for the status again. Messages are handled in the order they
  // arrive, so had the intruder's been obeyed, their effects would come first: an extra
  // progress answer, or a first status of 0 after a restart. Only the answers to the
  // course page may come, in order: 3 cards known, then 0 after its restart.
  const post = (type) => page.evaluate(([t, origin]) =>
    document.querySelector('iframe').contentWindow.postMessage({ type: t }, origin), [type, game.url]);
  await post('status');
  await post('restart');
  await waitForSnapshot(flashcards, (s) => s.state.remaining === 24, 'the restart');
  await post('status');
  let said;
  await waitFor(async () => (said = await saidSince()).some((m) => m.score === 0), 'the status after the restart', 10000,
    () => JSON.stringify(said));
  assert.deepEqual(said, [{ origin: game.url, type: 'progress', score: 3 }, { origin: game.url, type: 'progress', score: 0 }],
    'the course page\'s two status answers, in order; nothing for the wrong origin');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a bad link says what is wrong and leads to the home screen, in a small iframe too', async () => {
  const { context, page, errors } = await openGame(browser, `${game.url}/?deck=no-such-deck&mode=quiz&embed=1`,
    { viewport: { width: 400, height: 300 } });
  const snap = await waitForScreen(page, 'link-problem');
  assert.match(snap.state.problems[0].message, /no deck “no-such-deck”/);
  const home = findWidget(snap, 'go-home');
  assert.ok(home.h >= 40 && home.y + home.h <= 300 && home.x + home.w <= 400, 'the whole way home is inside a 400x300 frame');
  await screenshot(page, 'embedding-bad-link');
  await clickWidget(page, 'go-home');
  await waitForScreen(page, 'home');

  await page.goto(`${game.url}/?deck=crm-11-flashcards&mode=flashcards&side=back&rounds=2`);
  const problems = (await waitForScreen(page, 'link-problem')).state.problems.map((p) => p.parameter);
  assert.deepEqual(problems.sort(), ['rounds', 'side']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a deck given by address is fetched; one its server does not share is explained', async () => {
  const { context, page, errors } = await openGame(browser,
    `${game.url}/?deck=${encodeURIComponent(other.url + '/tiny.json')}&mode=flashcards&shuffle=0&side=definition`);
  const state = (await waitForScreen(page, 'flashcards')).state;
  assert.equal(state.remaining, 3);
  assert.equal(state.shown_text, 'Paris');
  await page.goto(`${game.url}/?deck=${encodeURIComponent(other.url + '/no-cors.json')}`);
  const problem = (await waitForScreen(page, 'link-problem')).state.problems[0].message;
  assert.match(problem, /could not be loaded from .*no-cors\.json.*CORS/);
  // The browser reports the refused fetch itself; nothing else may go wrong.
  assert.deepEqual(errors.filter((e) => !/CORS|Failed to load resource|net::ERR_FAILED/.test(e)), []);
  await context.close();
});

test('Embed / share gives a working link and copies the iframe code to the clipboard', async () => {
  const { context, page, errors } = await openGame(browser, `${game.url}/?deck=crm-11-flashcards&mode=flashcards&side=definition&shuffle=0`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: game.url });
  await waitForScreen(page, 'flashcards');
  await clickWidget(page, 'share-mode');
  let snap = await waitForScreen(page, 'share');
  assert.equal(snap.state.mode, 'flashcards');
  assert.match(snap.state.link, /\?deck=crm-11-flashcards&mode=flashcards&shuffle=0&side=definition$/);
  await clickWidget(page, 'share-size-small');
  snap = await waitForSnapshot(page, (s) => /width="400" height="300"/.test(s.state.iframe), 'the small size');
  assert.match(snap.state.iframe, /embed=1/);
  await clickWidget(page, 'copy-embed');
  await page.waitForFunction((code) => navigator.clipboard.readText().then((t) => t === code), snap.state.iframe, { timeout: 5000 });
  await screenshot(page, 'embedding-share');

  await page.goto(snap.state.link);
  const state = (await waitForScreen(page, 'flashcards')).state;
  assert.equal(state.side, 'definition');
  assert.equal(state.shuffle, false);
  assert.deepEqual(errors, []);
  await context.close();
});
