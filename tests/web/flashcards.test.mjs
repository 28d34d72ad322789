// flashcards.test.mjs: a whole Flashcards pass of a shipped deck, played as a person
// would with real clicks and keys: flips, Know and Don't know (by key and by click), one
// undo, a take-back from a box, one retry, then the pass summary checked against what
// was done. Also: the running timer ticks while nothing else happens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openGame, snapshot, waitForScreen, waitForSnapshot, waitForIdle, clickWidget,
         screenshot, typeText } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const stateOf = async (page) => (await snapshot(page)).state;
// Waits for the next card (or the end) after a move: the card id or the screen changes.
const moved = (page, before) => waitForSnapshot(page, (s) => s.screen === 'results' ||
  s.state.card_id !== before.card_id || s.state.remaining !== before.remaining, 'the next card');

test('a whole pass with know, don\'t know, undo, take-back and retry ends in the right summary', async () => {
  const { context, page, errors } = await openGame(browser, server.url);
  await waitForScreen(page, 'home');
  await clickWidget(page, 'deck:crm-11-flashcards');
  await waitForScreen(page, 'deck');
  const started = Date.now();
  await clickWidget(page, 'mode-flashcards');
  let state = (await waitForScreen(page, 'flashcards')).state;
  assert.equal(state.remaining, 24);
  assert.equal(state.side, 'term');
  assert.equal(state.timer, '0:00');

  // The clock ticks by itself, with no input, and no faster than the wall clock.
  const seconds = (timer) => { const [m, s] = timer.split(':').map(Number); return 60 * m + s; };
  state = (await waitForSnapshot(page, (s) => !!s.state.timer && seconds(s.state.timer) >= 2, 'the timer to reach 0:02', 10000)).state;
  const elapsed = (Date.now() - started) / 1000;
  assert.ok(seconds(state.timer) <= Math.ceil(elapsed), `timer shows ${state.timer} after ${elapsed} s`);

  // Flip with a click, and back with Space.
  const term = state.shown_text;
  await clickWidget(page, 'card');
  state = (await waitForSnapshot(page, (s) => s.state.side === 'definition', 'the flip')).state;
  assert.notEqual(state.shown_text, term);
  await page.keyboard.press('Space');
  state = (await waitForSnapshot(page, (s) => s.state.side === 'term', 'the flip back')).state;
  await screenshot(page, 'flashcards-playing');

  // Eight cards in Don't know: by key and by click, alternately.
  for (let i = 0; i < 8; i++) {
    const before = await stateOf(page);
    if (i % 2 === 0) await page.keyboard.press('ArrowLeft');
    else await clickWidget(page, 'box-dont-know');
    state = (await moved(page, before)).state;
  }
  assert.equal(state.dont_know.length, 8);
  assert.equal(state.remaining, 16);
  assert.equal(state.can_retry, true);

  // Undo the last move (Backspace): the card comes back on top.
  const last = state.dont_know[7];
  await page.keyboard.press('Backspace');
  state = (await waitForSnapshot(page, (s) => s.state.dont_know.length === 7, 'the undo')).state;
  assert.equal(state.card_id, last);
  assert.equal(state.remaining, 17);

  // One card in Know, then taken back out by clicking it in the box.
  let before = state;
  await page.keyboard.press('ArrowRight');
  state = (await moved(page, before)).state;
  const known = state.know[0];
  await clickWidget(page, `boxed:${known}`);
  state = (await waitForSnapshot(page, (s) => s.state.know.length === 0, 'the take-back')).state;
  assert.equal(state.card_id, known);
  await screenshot(page, 'flashcards-boxes');

  // Retry: the 7 missed cards go back on the pile.
  await clickWidget(page, 'retry');
  state = (await waitForSnapshot(page, (s) => s.state.retries === 1, 'the retry')).state;
  assert.equal(state.dont_know.length, 0);
  assert.equal(state.remaining, 24);

  // The rest: Know, except three Don't know; by key and click alternately.
  let pressed = 0;
  const missed = new Set();
  // The pile can show empty for a frame (the last card on its way to a box) before the
  // summary: a pass ends when no card is left.
  const cardsLeft = (s) => s.screen === 'flashcards' && s.state.remaining > 0;
  while (cardsLeft(await snapshot(page))) {
    before = await stateOf(page);
    const dontKnow = pressed % 8 === 3 && missed.size < 3;
    if (dontKnow) missed.add(before.card_id);
    if (pressed % 2 === 0) await page.keyboard.press(dontKnow ? 'ArrowLeft' : 'ArrowRight');
    else await clickWidget(page, dontKnow ? 'box-dont-know' : 'box-know');
    await moved(page, before);
    pressed++;
  }
  assert.equal(pressed, 24);
  const results = await waitForScreen(page, 'results');
  await waitForIdle(page, 'the summary to settle', 200);
  await screenshot(page, 'flashcards-summary');
  assert.deepEqual(results.state.summary.known, 21);
  assert.deepEqual(results.state.summary.not_known, 3);
  assert.equal(results.state.summary.total, 24);
  assert.equal(results.state.summary.retries, 1);
  assert.match(results.state.summary.time, /^\d+:\d\d$/);
  assert.deepEqual(new Set(results.state.dont_know), missed);
  // Idleness is a measure over time: no frame drawn for 800 ms (within 5 s) on the summary.
  await waitForIdle(page, 'the summary draws no frames while nothing changes', 800, 5000);

  // Retry the missed ones from the summary.
  await clickWidget(page, 'retry-missed');
  state = (await waitForScreen(page, 'flashcards')).state;
  assert.equal(state.remaining, 3);
  assert.equal(state.retries, 2);
  assert.deepEqual(errors, []);
  await context.close();
});

test('keys alone: help overlay, options, and Escape back to the deck', async () => {
  const { context, page } = await openGame(browser, server.url);
  await waitForScreen(page, 'home');
  await clickWidget(page, 'deck:crm-quizwiz-module-5');
  await waitForScreen(page, 'deck');
  await clickWidget(page, 'mode-flashcards');
  await waitForScreen(page, 'flashcards');
  await typeText(page, '?');
  let snap = await waitForSnapshot(page, (s) => s.state.help_open && s.widgets.some((w) => w.id === 'help-close'),
                                   'the help overlay with its Close button');
  await screenshot(page, 'flashcards-help');
  await page.keyboard.press('Escape');
  await waitForSnapshot(page, (s) => !s.state.help_open, 'the help to close');
  await clickWidget(page, 'option-side');
  snap = await waitForSnapshot(page, (s) => s.state.term_first === false, 'definition first');
  // Statements always show the statement first; other cards now show the definition.
  assert.ok(['term', 'definition'].includes(snap.state.side));
  await page.keyboard.press('Escape');
  await waitForScreen(page, 'deck');
  await context.close();
});
