// phone-keyboard.test.mjs: typed answers on a phone (touch, 390×844 at DPR 3). A tap on
// a text box of the game must leave the page's own text field focused by the end of that
// tap (iOS opens the keyboard only then); text a phone keyboard inserts (input events,
// no key presses, as IME, autocorrect and swipe typing do) must appear in the game and
// be graded. Covered: the quiz's written answer, Snowman's whole-term guess, deck search,
// the import's paste box, Learn's typed answer. Typed accented letters bring the font
// pack that draws them (the first fonts are ASCII). Screenshots with the field active.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, shippedDeckCards, launchBrowser, openGame, snapshot, waitForScreen, waitForSnapshot, findWidget, centerOf,
         screenshot, waitForIdle } from './harness.mjs';

let server, browser, cards;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  cards = await shippedDeckCards('crm-11-flashcards');
});
after(async () => { await browser?.close(); await server?.close(); });

const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

// Taps a widget with a finger; returns the id of the element focused when the tap's
// touchend and pointerup handlers had run (window listeners, after the page's own).
async function tap(page, id) {
  const { x, y } = centerOf(findWidget(await snapshot(page), id));
  await page.evaluate(() => {
    window.__focusAfterTap = [];
    const note = () => window.__focusAfterTap.push(document.activeElement && (document.activeElement.id || document.activeElement.tagName));
    window.addEventListener('touchend', note, { once: true });
    window.addEventListener('pointerup', note, { once: true });
  });
  await page.touchscreen.tap(x, y);
  return page.evaluate(() => window.__focusAfterTap);
}

// Taps a text box: the text field must be focused by the end of the tap.
async function tapTextBox(page, id) {
  const focused = await tap(page, id);
  assert.ok(focused.length > 0 && focused.every((f) => f === 'text-field'), `the text field focused in the tap (${focused})`);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'text-field');
}

// Inserts text as a phone keyboard does (input events, no key events), in pieces.
async function insertLikeAPhone(page, text) {
  const keys = await page.evaluate(() => {
    window.__keys = 0;
    const count = () => { window.__keys++; };
    window.addEventListener('keydown', count, true);
    return true;
  });
  assert.ok(keys);
  const half = Math.ceil(text.length / 2);
  await page.keyboard.insertText(text.slice(0, half));
  await page.keyboard.insertText(text.slice(half));
  assert.equal(await page.evaluate(() => window.__keys), 0, 'no key events');
}

test('quiz: a tap on the written answer focuses a text field; inserted text is the answer and is graded', async () => {
  const { context, page, errors } = await openGame(browser, `${server.url}/?deck=crm-11-flashcards&mode=quiz&questions=1&types=written&seed=5`, phone);
  const snap = await waitForScreen(page, 'quiz');
  assert.equal(snap.state.type, 'written');
  const answer = snap.state.answer_is_term ? cards[snap.state.card_id].term : cards[snap.state.card_id].definition;
  await tapTextBox(page, 'written-answer');
  await insertLikeAPhone(page, answer);
  await waitForSnapshot(page, (s) => s.state.written === answer, 'the inserted answer in the game, once');
  // Backspace as a phone sends it: the whole value again, one letter shorter.
  await page.evaluate(() => {
    const field = document.getElementById('text-field');
    field.value = field.value.slice(0, -1);
    field.dispatchEvent(new InputEvent('input', { inputType: 'deleteContentBackward', bubbles: true }));
  });
  await waitForSnapshot(page, (s) => s.state.written === answer.slice(0, -1), 'one letter deleted');
  await page.keyboard.insertText(answer.slice(-1));
  await waitForSnapshot(page, (s) => s.state.written === answer, 'the answer whole again');
  await waitForIdle(page, 'the written answer drawn', 200);
  await screenshot(page, 'phone-quiz-written');
  await tap(page, 'next');  // the visible button: Enter may never come from a phone
  const done = await waitForScreen(page, 'quiz-results');
  assert.equal(done.state.score, 1);
  assert.equal(done.state.rows[0].given, answer);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'canvas', 'the canvas has the keys again');
  assert.deepEqual(errors, []);
  await context.close();
});

test('quiz: the keyboard\'s Enter, sent as a newline, moves on', async () => {
  const { context, page, errors } = await openGame(browser, `${server.url}/?deck=crm-11-flashcards&mode=quiz&questions=2&types=written&seed=5`, phone);
  const snap = await waitForScreen(page, 'quiz');
  await tapTextBox(page, 'written-answer');
  await page.keyboard.insertText('some answer\n');
  await waitForSnapshot(page, (s) => s.state.question === 2 || s.screen === 'quiz-results', 'the next question');
  const first = await snapshot(page);
  assert.notEqual(first.state.written, 'some answer\n');
  assert.ok(snap);
  assert.deepEqual(errors, []);
  await context.close();
});

test('snowman: the whole-term guess typed on a phone keyboard solves the word', async () => {
  const { context, page, errors } = await openGame(browser, `${server.url}/?deck=crm-11-flashcards&mode=snowman&words=1&seed=11`, phone);
  const snap = await waitForScreen(page, 'snowman');
  const term = cards[snap.state.card_id].term;
  await tapTextBox(page, 'guess-word');
  await insertLikeAPhone(page, term.toLowerCase());
  await waitForSnapshot(page, (s) => findWidget(s, 'guess-word').label === term.toLowerCase(), 'the guess in the box');
  const during = await snapshot(page);
  assert.equal(during.state.steps_melted, 0, 'no letter of the guess taken as a letter guess');
  await waitForIdle(page, 'the guess drawn', 200);
  await screenshot(page, 'phone-snowman-guess');
  await tap(page, 'guess-word-go');
  const solved = await waitForSnapshot(page, (s) => s.state.word_over, 'the solved word');
  assert.equal(solved.state.word_solved, true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('deck search and the import paste box take a phone keyboard\'s text', async () => {
  const { context, page, errors } = await openGame(browser, server.url, phone);
  let snap = await waitForScreen(page, 'home');
  await tap(page, 'deck:crm-11-flashcards');
  snap = await waitForScreen(page, 'deck');
  const all = snap.state.visible_cards;
  await tapTextBox(page, 'search');
  await insertLikeAPhone(page, 'churn');
  snap = await waitForSnapshot(page, (s) => /^Showing \d+ of/.test(s.state.count_text || ''), 'the filtered deck');
  assert.equal(findWidget(snap, 'search').label, 'churn');
  await waitForIdle(page, 'the search drawn', 200);
  await screenshot(page, 'phone-deck-search');
  assert.ok(all !== undefined);

  await tap(page, 'back');
  await waitForScreen(page, 'home');
  await tap(page, 'import');
  await waitForScreen(page, 'import');
  await tapTextBox(page, 'paste-text');
  await page.keyboard.insertText('Churn\tcustomers who leave\nLead\ta possible customer');
  snap = await waitForSnapshot(page, (s) => s.state.preview_count === 2, 'two cards in the preview');
  await waitForIdle(page, 'the paste box drawn', 200);
  await screenshot(page, 'phone-import-paste');
  assert.deepEqual(errors, []);
  await context.close();
});

test('learn: a typed answer on a phone is checked', async () => {
  const { context, page, errors } = await openGame(browser, `${server.url}/?deck=crm-11-flashcards&mode=learn&seed=3`, phone);
  let snap = await waitForSnapshot(page, (s) => s.screen === 'learn' && s.state.phase === 'asking', 'the first question');
  // Recognition questions first: tap the right option until a typed one comes.
  for (let i = 0; i < 20 && snap.state.format !== 'recall'; i++) {
    const right = snap.state.options.indexOf(cards[snap.state.card_id].term);
    await tap(page, `option-${right}`);
    const answered = await waitForSnapshot(page, (s) => s.state.phase === 'answered', 'the feedback');
    await tap(page, 'continue');
    snap = await waitForSnapshot(page, (s) => s.state.phase !== 'answered' || s.state.round_left !== answered.state.round_left, 'the next question');
    if (snap.state.phase === 'round_over') {
      await tap(page, 'continue');
      snap = await waitForSnapshot(page, (s) => s.state.phase === 'asking', 'the next round');
    }
  }
  assert.equal(snap.state.format, 'recall');
  const term = cards[snap.state.card_id].term;
  await tapTextBox(page, 'typed-answer');
  await insertLikeAPhone(page, term);
  await waitForSnapshot(page, (s) => s.state.typed === term, 'the typed answer');
  await waitForIdle(page, 'the typed answer drawn', 200);
  await screenshot(page, 'phone-learn-typed');
  await tap(page, 'check-answer');
  const done = await waitForSnapshot(page, (s) => s.state.phase === 'answered', 'the feedback');
  assert.equal(done.state.correct, true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an accented word from a phone keyboard brings the Latin font with accents', async () => {
  const { context, page, errors } = await openGame(browser, server.url, phone);
  const fetched = [];
  page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
  await waitForScreen(page, 'home');
  await tap(page, 'deck:crm-11-flashcards');
  const deck = await waitForScreen(page, 'deck');
  assert.deepEqual(deck.state.fontPacks, [], 'the shipped English deck needs no pack');
  await tapTextBox(page, 'search');
  await insertLikeAPhone(page, 'café');
  await waitForSnapshot(page, (s) => findWidget(s, 'search').label === 'café', 'the word in the search box');
  await waitForSnapshot(page, (s) => s.state.fontPacks.includes('latin-extra'), 'the Latin font with accents');
  assert.ok(fetched.some((p) => /latin-extra/.test(p)), `fetched ${fetched}`);
  assert.ok(!fetched.some((p) => /greek|cyrillic|symbols/.test(p)), `only that pack: ${fetched}`);
  await waitForIdle(page, 'the search box with café', 200);
  await screenshot(page, 'phone-typed-accent');
  assert.deepEqual(errors, []);
  await context.close();
});
