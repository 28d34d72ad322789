// snowman.test.mjs: a two-word Snowman round of a shipped deck, played as a person
// would: one word won with letters typed on the keyboard and clicked on the letter pad
// (one wrong letter on the way), one lost with seven wrong letters; then the summary is
// checked against what was done. Also: a whole-term guess, and the letter pad on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startServer, launchBrowser, openGame, snapshot, waitForScreen, waitForSnapshot, clickWidget,
         screenshot, typeText } from './harness.mjs';

let server, browser, terms;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const deck = JSON.parse(await readFile(new URL('../../decks/crm-11-flashcards.json', import.meta.url)));
  terms = Object.fromEntries(deck.cards.map((c) => [c.id, c.term]));
});
after(async () => { await browser?.close(); await server?.close(); });

const lettersOf = (term) => [...new Set(term.toLowerCase().normalize('NFD').replace(/[^a-z]/g, ''))];
const wrongLettersFor = (term) => [...'zqxjvkwybfgpmhd'].filter((l) => !lettersOf(term).includes(l));

test('one word won and one lost with keys and the letter pad; the summary adds up', async () => {
  const { context, page, errors } = await openGame(browser, `${server.url}/?deck=crm-11-flashcards&mode=snowman&words=2&seed=11`);
  let state = (await waitForScreen(page, 'snowman')).state;
  assert.equal(state.words, 2);
  assert.equal(state.steps_left, 7);
  const first = terms[state.card_id];
  assert.ok(!/[a-z]/i.test(state.shown), `letters hidden at the start: ${state.shown}`);

  // Word 1: one wrong letter by key, then every letter: half typed, half clicked.
  const wrong = wrongLettersFor(first)[0];
  await page.keyboard.press(wrong);
  state = (await waitForSnapshot(page, (s) => s.state.steps_melted === 1, 'a melted step')).state;
  const letters = lettersOf(first);
  for (let i = 0; i < letters.length; i++) {
    if (i % 2 === 0) await page.keyboard.press(letters[i]);
    else await clickWidget(page, `letter-${letters[i]}`);
    await waitForSnapshot(page, (s) => s.widgets.every((w) => w.id !== `letter-${letters[i]}` || !w.enabled) || s.state.word_over,
      `letter ${letters[i]} used`);
  }
  state = (await waitForSnapshot(page, (s) => s.state.word_over, 'the solved word')).state;
  assert.equal(state.word_solved, true);
  assert.equal(state.term, first);
  assert.equal(state.score, 70);  // 10 × (7 − 1) + 10
  assert.equal(state.streak, 1);
  await screenshot(page, 'snowman-solved');
  await page.keyboard.press('Enter');

  // Word 2: seven wrong letters, clicked and typed.
  state = (await waitForSnapshot(page, (s) => s.state.word_number === 2, 'the second word')).state;
  const second = terms[state.card_id];
  const misses = wrongLettersFor(second).slice(0, 7);
  for (let i = 0; i < 7; i++) {
    if (i % 2 === 0) await clickWidget(page, `letter-${misses[i]}`);
    else await page.keyboard.press(misses[i]);
    await waitForSnapshot(page, (s) => s.state.steps_melted === i + 1, `step ${i + 1}`);
  }
  state = (await snapshot(page)).state;
  assert.equal(state.word_over, true);
  assert.equal(state.word_solved, false);
  assert.equal(state.steps_left, 0);
  assert.equal(state.term, second);
  await screenshot(page, 'snowman-melted');
  await clickWidget(page, 'next-word');
  const summary = (await waitForScreen(page, 'snowman-results')).state.summary;
  assert.equal(summary.solved, 1);
  assert.equal(summary.missed, 1);
  assert.equal(summary.score, 70);
  assert.equal(summary.best_streak, 1);
  assert.deepEqual(summary.words.map((w) => [w.term, w.solved]), [[first, true], [second, false]]);
  await screenshot(page, 'snowman-summary');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a whole-term guess: a wrong one costs a step, the right one solves; the pad fits a phone', async () => {
  const { context, page, errors } = await openGame(browser, `${server.url}/?deck=crm-11-flashcards&mode=snowman&words=1&seed=4`,
    { viewport: { width: 390, height: 700 }, deviceScaleFactor: 2 });
  let snap = await waitForScreen(page, 'snowman');
  const term = terms[snap.state.card_id];
  for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
    const pad = snap.widgets.find((w) => w.id === `letter-${letter}`);
    assert.ok(pad && pad.x >= 0 && pad.x + pad.w <= 390 && pad.w >= 36, `letter ${letter} on screen and big enough`);
  }
  await clickWidget(page, 'guess-word');
  await typeText(page, 'not the answer');
  await page.keyboard.press('Enter');
  // Typing on at once: the box takes the caret back after Enter, and nothing typed
  // meanwhile may be lost or taken as a letter guess.
  await typeText(page, term.toUpperCase());
  const boxHolds = (s, text) => s.widgets.some((w) => w.id === 'guess-word' && w.label === text);
  snap = await waitForSnapshot(page, (s) => s.state.steps_melted === 1 && boxHolds(s, term.toUpperCase()),
    'the wrong guess, and all that was typed after it in the box');
  assert.equal(snap.state.steps_melted, 1, `no letter guesses from the typing: ${snap.state.shown}`);
  await clickWidget(page, 'guess-word-go');
  snap = await waitForSnapshot(page, (s) => s.state.word_over, 'the right guess');
  assert.equal(snap.state.word_solved, true);
  assert.equal(snap.state.steps_melted, 1);
  assert.equal(snap.state.score, 70);
  await screenshot(page, 'snowman-phone');
  assert.deepEqual(errors, []);
  await context.close();
});
