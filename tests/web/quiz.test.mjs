// quiz.test.mjs: a short quiz of a shipped deck set up and played as a student would:
// 4 questions, one of each type (multiple choice, true/false, written, a matching
// block), answered with real clicks and typing; the true/false one wrong on purpose, the
// written one a near miss that "I was right" turns into a right answer; then the result
// screen is checked against what was done, and "Retake missed" asks the missed card.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, shippedDeckCards, launchBrowser, openGame, snapshot, waitForScreen, waitForSnapshot, clickWidget,
         screenshot, typeText } from './harness.mjs';

let server, browser, cards;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  cards = await shippedDeckCards('crm-11-flashcards');
});
after(async () => { await browser?.close(); await server?.close(); });

// The grader's typo allowance (src/core/quiz_grading.cpp), to type a near miss just past it.
const normalize = (t) => t.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
const allowed = (n) => (n <= 3 ? 0 : n <= 7 ? 1 : n <= 14 ? 2 : Math.floor(n / 7));
function nearMiss(answer) {
  const letters = [...answer];
  let changes = allowed(normalize(answer).length) + 1;
  for (let i = letters.length - 1; i >= 0 && changes > 0; i--) {
    if (/[a-z]/i.test(letters[i])) { letters[i] = letters[i] === 'x' ? 'q' : 'x'; changes--; }
  }
  return letters.join('');
}

const next = async (page, number) => {
  await clickWidget(page, 'next');
  return waitForSnapshot(page, (s) => s.screen === 'quiz-results' || s.state.question === number, `question ${number}`);
};

test('a four-question quiz with every type, one wrong and one "I was right", ends in the right results', async () => {
  const { context, page, errors } = await openGame(browser, server.url);
  await waitForScreen(page, 'home');
  await clickWidget(page, 'deck:crm-11-flashcards');
  await waitForScreen(page, 'deck');
  await clickWidget(page, 'mode-quiz');
  let snap = await waitForScreen(page, 'quiz-setup');
  while (snap.state.questions > 4) {
    const n = snap.state.questions;
    await clickWidget(page, 'questions-less');
    snap = await waitForSnapshot(page, (s) => s.state.questions === n - 1, 'one question fewer');
  }
  await clickWidget(page, 'type-matching');
  snap = await waitForSnapshot(page, (s) => s.state.types[3] === true, 'matching on');
  await screenshot(page, 'quiz-setup');
  await clickWidget(page, 'start-quiz');

  // 1. Multiple choice, answered right with a click.
  let state = (await waitForScreen(page, 'quiz')).state;
  assert.equal(state.type, 'multiple_choice');
  assert.equal(state.options.length, 4);
  assert.equal(new Set(state.options).size, 4);
  const right = state.options.indexOf(cards[state.card_id].term);
  assert.ok(right >= 0);
  await clickWidget(page, `option-${right}`);
  await waitForSnapshot(page, (s) => s.state.choice === right, 'the chosen option');
  await screenshot(page, 'quiz-multiple-choice');
  state = (await next(page, 2)).state;

  // 2. True/false, answered wrong on purpose (with the key).
  assert.equal(state.type, 'true_false');
  const isTrue = state.shown_definition === cards[state.card_id].definition;
  await page.keyboard.press(isTrue ? 'f' : 't');
  await waitForSnapshot(page, (s) => s.state.choice === (isTrue ? 0 : 1), 'the wrong answer');
  state = (await next(page, 3)).state;

  // 3. Written: a near miss, just past the typo allowance.
  assert.equal(state.type, 'written');
  const expected = cards[state.card_id].term;
  const typed = nearMiss(expected);
  await clickWidget(page, 'written-answer');
  await typeText(page, typed);
  await waitForSnapshot(page, (s) => s.state.written === typed, 'the typed answer');
  await screenshot(page, 'quiz-written');
  state = (await next(page, 4)).state;

  // 4. A matching block of four pairs, all right, with clicks.
  assert.equal(state.type, 'matching');
  assert.equal(state.block_prompts.length, 4);
  for (let p = 0; p < 4; p++) {
    const answer = cards[state.block_card_ids[p]].term;
    const k = state.block_options.indexOf(answer);
    await clickWidget(page, `match-${p}-${'ABCD'[k]}`);
  }
  await waitForSnapshot(page, (s) => s.state.unanswered === 0, 'every question answered');
  await screenshot(page, 'quiz-matching');
  snap = await next(page, 5);
  assert.equal(snap.screen, 'quiz-results');

  // Results: 1 + 0 + 0 + 4 = 5 of 7; "I was right" on the near miss makes it 6 of 7.
  assert.equal(snap.state.score, 5);
  assert.equal(snap.state.max_score, 7);
  assert.equal(snap.state.percent, 71);
  assert.match(snap.state.time, /^0:\d\d$/);
  assert.deepEqual(snap.state.rows.map((r) => r.correct), [true, false, false, true]);
  assert.equal(snap.state.rows[2].given, typed);
  assert.equal(snap.state.rows[2].expected, expected);
  assert.equal(snap.state.missed, 2);
  await screenshot(page, 'quiz-results');
  await clickWidget(page, 'override-2');
  snap = await waitForSnapshot(page, (s) => s.state.score === 6, 'the overridden grade');
  assert.equal(snap.state.percent, 86);
  assert.deepEqual(snap.state.rows.map((r) => r.correct), [true, false, true, true]);
  assert.equal(snap.state.missed, 1);

  // Retake missed: just the true/false card.
  await clickWidget(page, 'retake-missed');
  state = (await waitForSnapshot(page, (s) => s.screen === 'quiz' && s.state.question === 1, 'the retake')).state;
  assert.equal(state.count, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link starts its quiz at once with its settings, and its seed replays the same questions', async () => {
  const url = `${server.url}/?deck=crm-11-flashcards&mode=quiz&questions=3&types=tf,written&answer=definition&seed=77`;
  const prompts = [];
  for (let visit = 0; visit < 2; visit++) {
    const { context, page, errors } = await openGame(browser, url);
    let state = (await waitForScreen(page, 'quiz')).state;
    assert.equal(state.count, 3);
    const seen = [];
    for (let q = 1; q <= 3; q++) {
      assert.ok(['true_false', 'written'].includes(state.type));
      if (state.type === 'written') assert.equal(state.answer_is_term, false);
      seen.push(`${state.type}:${state.card_id}:${state.shown_definition}`);
      if (q < 3) state = (await next(page, q + 1)).state;
    }
    prompts.push(seen);
    assert.deepEqual(errors, []);
    await context.close();
  }
  assert.deepEqual(prompts[0], prompts[1]);
});
