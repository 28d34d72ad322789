// learn.test.mjs: a Learn round of a shipped deck played as a student would, from the
// deck screen's Learn button: multiple choice clicked, typed answers typed and checked
// with Enter, the first question missed on purpose; the missed card comes back later in
// the same round, every card of the round ends learned, and the summary after "End
// session" counts the answers. Then a deep link opens Learn on a phone-sized screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, shippedDeckCards, launchBrowser, openGame, snapshot, waitForScreen, waitForSnapshot, clickWidget,
         findWidget, screenshot, typeText } from './harness.mjs';

let server, browser, cards;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  cards = await shippedDeckCards('crm-11-flashcards');
});
after(async () => { await browser?.close(); await server?.close(); });

// Answers the question on screen (right, or wrong when `miss`) with a click or typing,
// waits for the feedback and returns that snapshot's state.
async function answer(page, state, miss = false) {
  const term = cards[state.card_id].term;
  if (state.format === 'recognition') {
    const right = state.options.indexOf(term);
    assert.ok(right >= 0, 'the right term is among the options');
    await clickWidget(page, `option-${miss ? (right + 1) % state.options.length : right}`);
  } else {
    await clickWidget(page, 'typed-answer');
    const typed = miss ? 'no idea' : term;
    await typeText(page, typed);
    await waitForSnapshot(page, (s) => s.state.typed === typed, 'the typed answer');
    await page.keyboard.press('Enter');
  }
  const done = await waitForSnapshot(page, (s) => s.state.phase === 'answered', 'the feedback');
  assert.equal(done.state.correct, !miss);
  return done.state;
}

// Continue: waits for the next question (or the round's end).
async function moveOn(page, answered) {
  await clickWidget(page, 'continue');
  return (await waitForSnapshot(page, (s) => s.state.phase !== 'answered' || s.state.round_left !== answered.round_left,
                                'the next question')).state;
}

test('a Learn round: recognition then recall, a miss comes back in the round, the summary counts it', async () => {
  const { context, page, errors } = await openGame(browser, server.url);
  await waitForScreen(page, 'home');
  await clickWidget(page, 'deck:crm-11-flashcards');
  await waitForScreen(page, 'deck');
  await clickWidget(page, 'mode-learn');
  await waitForScreen(page, 'learn-setup');
  await screenshot(page, 'learn-setup');
  await clickWidget(page, 'start-learn');
  let state = (await waitForSnapshot(page, (s) => s.screen === 'learn' && s.state.phase === 'asking', 'the first question')).state;
  assert.equal(state.round, 1);
  assert.equal(state.cards, 24);
  assert.equal(state.round_left, 7);

  const asked = [];
  const missed = state.card_id;
  while (state.phase === 'asking') {
    asked.push([state.card_id, state.format]);
    const miss = asked.length === 1;
    const done = await answer(page, state, miss);
    if (miss) await screenshot(page, 'learn-miss');
    if (asked.length === 9) await screenshot(page, 'learn-recall-right');
    if (state.format === 'recall' && !miss) assert.equal(done.card_learned, true, 'a first-try recall learns the card');
    state = await moveOn(page, done);
    if (asked.length === 8 && state.phase === 'asking') await screenshot(page, 'learn-recall');
  }
  // 7 recognitions, the missed one again after them, then 7 recalls.
  assert.equal(asked.length, 15);
  assert.deepEqual(asked[0], [missed, 'recognition']);
  assert.deepEqual(asked[7], [missed, 'recognition'], 'the miss comes back at the end of the round');
  assert.ok(asked.slice(8).every(([, format]) => format === 'recall'));
  assert.equal(new Set(asked.slice(8).map(([id]) => id)).size, 7);

  let snap = await waitForScreen(page, 'learn-round');
  assert.equal(snap.state.phase, 'round_over');
  assert.equal(snap.state.learned, 7);
  await screenshot(page, 'learn-round-over');
  await clickWidget(page, 'continue');
  snap = await waitForSnapshot(page, (s) => s.state.round === 2 && s.state.phase === 'asking', 'round 2');
  assert.ok(!asked.some(([id]) => id === snap.state.card_id), 'learned cards are not asked again');

  await clickWidget(page, 'end-session');
  snap = await waitForScreen(page, 'learn-results');
  assert.deepEqual({ ...snap.state.summary, seconds: undefined },
                   { learned: 7, cards: 24, answers: 15, right: 14, accuracy: 93, seconds: undefined });
  await screenshot(page, 'learn-summary');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a deep link opens Learn with its goal; it fits a phone screen', async () => {
  const { context, page, errors } = await openGame(browser, `${server.url}?deck=crm-11-flashcards&mode=learn&goal=5&seed=7`,
    { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true });
  let snap = await waitForSnapshot(page, (s) => s.screen === 'learn' && s.state.phase === 'asking', 'the first question');
  assert.equal(snap.state.goal_minutes, 5);
  for (const w of snap.widgets) assert.ok(w.x >= 0 && w.x + w.w <= 390 + 0.5, `${w.id} within the width`);
  await screenshot(page, 'learn-phone-choice');
  let state = await moveOn(page, await answer(page, snap.state));
  // Recognitions until the first recall of the round.
  while (state.format !== 'recall') state = await moveOn(page, await answer(page, state));
  snap = await snapshot(page);
  findWidget(snap, 'typed-answer');
  findWidget(snap, 'dont-know');
  for (const w of snap.widgets) assert.ok(w.x >= 0 && w.x + w.w <= 390 + 0.5, `${w.id} within the width`);
  await clickWidget(page, 'dont-know');
  const done = (await waitForSnapshot(page, (s) => s.state.phase === 'answered', 'the feedback')).state;
  assert.equal(done.correct, false);
  assert.equal(done.expected, cards[done.card_id].term);
  await screenshot(page, 'learn-phone-dont-know');
  assert.deepEqual(errors, []);
  await context.close();
});
