// matching.test.mjs: a Matching round of a shipped deck played as a person would: pairs
// made with clicks (term first and definition first), one with a drag, one with the
// tiles' keys, and one wrong pair on purpose; then the penalty, the result screen, a
// second round with two wrong pairs and the best time of the two, and the board on a
// phone-sized screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openGame, snapshot, waitForScreen, waitForSnapshot, clickWidget, findWidget,
         centerOf, screenshot } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

// Tile indices of one card's term and definition, among the unmatched tiles.
function pairOf(state, cardId) {
  const term = state.tiles.findIndex((t) => t.card_id === cardId && t.side === 'term');
  const definition = state.tiles.findIndex((t) => t.card_id === cardId && t.side === 'definition');
  return { term, definition };
}
const unmatchedCards = (state) => [...new Set(state.tiles.filter((t) => !t.matched).map((t) => t.card_id))];
const matchedCount = (state) => state.tiles.filter((t) => t.matched).length / 2;
// A time as the result screen shows it (src/ui/matching_screen.cpp: m:ss.t, cut to tenths).
const clock = (seconds) => {
  const tenths = Math.floor(Math.max(0, seconds) * 10);
  return `${Math.floor(tenths / 600)}:${String(Math.floor(tenths / 10) % 60).padStart(2, '0')}.${tenths % 10}`;
};

test('a round with clicks, a drag, keys and a wrong pair ends in the right result', async () => {
  const { context, page, errors } = await openGame(browser, server.url);
  await waitForScreen(page, 'home');
  await clickWidget(page, 'deck:crm-11-flashcards');
  await waitForScreen(page, 'deck');
  await clickWidget(page, 'mode-matching');
  let snap = await waitForScreen(page, 'matching');
  // Choose 4 pairs per round with the − button.
  for (let i = 0; i < 2; i++) {
    const size = snap.state.round_size;
    await clickWidget(page, 'round-size-less');
    snap = await waitForSnapshot(page, (s) => s.state.round_size === size - 1, 'a smaller round');
  }
  assert.equal(snap.state.round_size, 4);
  assert.equal(snap.state.tiles.length, 8);
  assert.equal(snap.state.time, '0:00.0', 'the clock waits for the first move');
  await screenshot(page, 'matching-board');

  // 1. A wrong pair: a term with another card's definition.
  let [a, b] = unmatchedCards(snap.state);
  await clickWidget(page, `tile-${pairOf(snap.state, a).term}`);
  await clickWidget(page, `tile-${pairOf(snap.state, b).definition}`);
  snap = await waitForSnapshot(page, (s) => s.state.misses === 1, 'the miss');
  assert.equal(snap.state.penalty, 1);
  assert.equal(matchedCount(snap.state), 0);
  await screenshot(page, 'matching-wrong-pair');

  // 2. A right pair by clicks, definition first.
  await clickWidget(page, `tile-${pairOf(snap.state, a).definition}`);
  await clickWidget(page, `tile-${pairOf(snap.state, a).term}`);
  snap = await waitForSnapshot(page, (s) => matchedCount(s.state) === 1, 'the first pair');

  // 3. A pair by dragging the term onto its definition.
  [b] = unmatchedCards(snap.state);
  const from = centerOf(findWidget(snap, `tile-${pairOf(snap.state, b).term}`));
  const to = centerOf(findWidget(snap, `tile-${pairOf(snap.state, b).definition}`));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + (to.x - from.x) * i / 10, from.y + (to.y - from.y) * i / 10);
  await page.mouse.up();
  snap = await waitForSnapshot(page, (s) => matchedCount(s.state) === 2, 'the dragged pair');

  // 4. A pair with the tiles' keys.
  let [c] = unmatchedCards(snap.state);
  await page.keyboard.press(snap.state.tiles[pairOf(snap.state, c).term].key);
  await page.keyboard.press(snap.state.tiles[pairOf(snap.state, c).definition].key);
  snap = await waitForSnapshot(page, (s) => matchedCount(s.state) === 3, 'the pair by keys');

  // 5. The last pair by clicks ends the round.
  [c] = unmatchedCards(snap.state);
  await clickWidget(page, `tile-${pairOf(snap.state, c).term}`);
  await clickWidget(page, `tile-${pairOf(snap.state, c).definition}`);
  snap = await waitForScreen(page, 'matching-results');
  const result = snap.state.result;
  assert.equal(result.pairs, 4);
  assert.equal(result.misses, 1);
  assert.equal(result.penalty, 1);
  assert.ok(result.seconds >= 1 && result.seconds < 60, `time ${result.seconds} includes the 1 s penalty`);
  assert.equal(result.new_best, true, 'the first round is the best so far');
  assert.equal(result.best, result.seconds);
  assert.equal(result.best_line, `New best time for 4 pairs: ${clock(result.seconds)}`);
  assert.equal(result.deck_over, false);
  await screenshot(page, 'matching-result');

  // Next round: 4 new cards (24 in the deck), played with clicks and two wrong pairs.
  await clickWidget(page, 'next-round');
  snap = await waitForSnapshot(page, (s) => s.screen === 'matching' && s.state.round === 2, 'round 2');
  assert.equal(snap.state.cards_left_to_deal, 16);
  assert.equal(snap.state.misses, 0);
  for (let miss = 1; miss <= 2; miss++) {
    [a, b] = unmatchedCards(snap.state);
    await clickWidget(page, `tile-${pairOf(snap.state, a).term}`);
    await clickWidget(page, `tile-${pairOf(snap.state, b).definition}`);
    snap = await waitForSnapshot(page, (s) => s.state.misses === miss, `miss ${miss} of round 2`);
  }
  for (let pairs = 1; pairs <= 4; pairs++) {
    [c] = unmatchedCards(snap.state);
    await clickWidget(page, `tile-${pairOf(snap.state, c).term}`);
    await clickWidget(page, `tile-${pairOf(snap.state, c).definition}`);
    snap = await waitForSnapshot(page, (s) => s.screen === 'matching-results' || matchedCount(s.state) === pairs,
      `pair ${pairs} of round 2`);
  }
  snap = await waitForSnapshot(page, (s) => s.screen === 'matching-results' && s.state.result.round === 2, 'the result of round 2');
  const second = snap.state.result;
  assert.equal(second.misses, 2);
  assert.ok(second.seconds >= 2, `time ${second.seconds} includes the 2 s penalty`);
  // The best time is the faster of the two rounds, and the screen says so.
  const best = Math.min(result.seconds, second.seconds);
  assert.equal(second.best, best, `best of ${result.seconds} and ${second.seconds}`);
  assert.equal(second.new_best, second.seconds < result.seconds);
  assert.equal(second.best_line, `${second.new_best ? 'New best' : 'Best'} time for 4 pairs: ${clock(best)}`);
  await screenshot(page, 'matching-result-2');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the board fits a phone: every tile readable, none cut off', async () => {
  const { context, page, errors } = await openGame(browser, `${server.url}/?deck=crm-quizwiz-module-5&mode=matching&seed=7`,
    { viewport: { width: 390, height: 700 }, deviceScaleFactor: 2, hasTouch: true });
  const snap = await waitForScreen(page, 'matching');
  assert.equal(snap.state.tiles.length, 12);
  for (const t of snap.state.tiles) assert.ok(!/True|False/.test(t.text) || t.side === 'term', 'no statement dealt');
  const tiles = (sn) => sn.widgets.filter((w) => w.id.startsWith('tile-'));
  assert.ok(tiles(snap).length >= 4, 'several tiles in view');
  for (const w of tiles(snap)) assert.ok(w.x >= 0 && w.x + w.w <= 390, `${w.id} within the width`);
  await screenshot(page, 'matching-phone');
  // The board scrolls to the last tiles (a wheel here; a swipe on a touch screen).
  await page.mouse.move(195, 500);
  for (let i = 0; i < 40; i++) await page.mouse.wheel(0, 400);
  const end = await waitForSnapshot(page, (s) => s.widgets.some((w) => w.id === 'tile-11'), 'the last tile in view');
  for (const w of tiles(end)) assert.ok(w.x >= 0 && w.x + w.w <= 390, `${w.id} within the width`);
  await screenshot(page, 'matching-phone');
  assert.deepEqual(errors, []);
  await context.close();
});
