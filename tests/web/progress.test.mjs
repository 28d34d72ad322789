// progress.test.mjs: what a student does lasts (issue 14): answers in Flashcards show on
// the deck screen as recall and due dates and on the home screen as due cards, the open
// pass is offered again after a reload (Continue / Start over), and progress exported on
// one browser is merged into another through the import picker.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startServer, launchBrowser, openGame, waitForScreen, waitForSnapshot, clickWidget, screenshot,
         importThroughPicker } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const deckId = 'crm-11-flashcards';

test('answers last: recall on the deck screen, due cards at home, the open pass offered after a reload', async () => {
  const { context, page, errors } = await openGame(browser, `${server.url}?deck=${deckId}&mode=flashcards&shuffle=0`);
  await waitForScreen(page, 'flashcards');
  await page.mouse.click(640, 300);  // focus the canvas, as a student's first click does
  await waitForSnapshot(page, (s) => s.state.showing_front === false, 'the card flipped by the click');
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft']) {
    const before = await waitForScreen(page, 'flashcards');
    await page.keyboard.press(key);
    await waitForSnapshot(page, (s) => s.state.remaining === before.state.remaining - 1, `the card moved by ${key}`);
  }
  let snap = await waitForSnapshot(page, (s) => s.state.know.length === 2 && s.state.dont_know.length === 1, 'the boxes');
  await page.keyboard.press('Escape');
  snap = await waitForScreen(page, 'deck');
  const studied = snap.state.visible_cards.filter((c) => c.memory.startsWith('Recall'));
  assert.equal(studied.length, 3, 'three cards studied');
  assert.ok(studied.every((c) => /^Recall 100% · due (tomorrow|in 2 days)$/.test(c.memory)), JSON.stringify(studied));
  assert.ok(snap.state.visible_cards.some((c) => c.memory === 'Not studied yet'));
  await screenshot(page, 'progress-deck');

  await page.waitForFunction(() => !window.studyArcade.storageBusy());
  await page.goto(server.url);
  const home = await waitForScreen(page, 'home');
  const tile = home.state.decks.find((d) => d.id === deckId);
  assert.equal(tile.progress, 'Nothing due · 13% mastered', 'three of 24 cards just answered');
  await screenshot(page, 'progress-home');

  await clickWidget(page, `deck:${deckId}`);
  await waitForScreen(page, 'deck');
  await clickWidget(page, 'mode-flashcards');
  const offer = await waitForScreen(page, 'flashcards-resume');
  assert.deepEqual(offer.state.resume, { know: 2, dont_know: 1, remaining: 21 });
  await screenshot(page, 'progress-resume');
  await clickWidget(page, 'resume-continue');
  snap = await waitForSnapshot(page, (s) => s.screen === 'flashcards' && s.state.know.length === 2, 'the pass continued');
  assert.equal(snap.state.dont_know.length, 1);
  assert.equal(snap.state.remaining, 21);
  assert.deepEqual(errors, []);
  await context.close();
});

test('progress exported on one browser is merged into another through the import picker', async () => {
  const first = await openGame(browser, `${server.url}?deck=${deckId}&mode=flashcards&shuffle=0`);
  await waitForScreen(first.page, 'flashcards');
  await first.page.mouse.click(640, 300);
  await waitForSnapshot(first.page, (s) => s.state.showing_front === false, 'the card flipped');
  await first.page.keyboard.press('ArrowRight');
  await waitForSnapshot(first.page, (s) => s.state.know.length === 1, 'one card known');
  await first.page.keyboard.press('Escape');
  await waitForScreen(first.page, 'deck');
  await first.page.goto(server.url);
  await waitForScreen(first.page, 'home');
  const download = first.page.waitForEvent('download');
  await clickWidget(first.page, 'export-progress');
  const file = await download;
  assert.equal(file.suggestedFilename(), 'study-arcade-progress.json');
  const exported = await readFile(await file.path(), 'utf8');
  const progress = JSON.parse(exported);
  assert.equal(progress.format, 'study-arcade-progress');
  assert.equal(Object.keys(progress.decks[deckId].cards).length, 1);
  await first.context.close();

  const second = await openGame(browser, server.url);  // another browser profile: nothing studied
  let home = await waitForScreen(second.page, 'home');
  assert.equal(home.state.decks.find((d) => d.id === deckId).progress, '');
  await importThroughPicker(second.page, 'study-arcade-progress.json', exported);
  home = await waitForSnapshot(second.page, (s) => s.screen === 'home' && (s.state.message || []).some((m) => /^Progress imported/.test(m)),
                               'the progress merged');
  assert.match(home.state.message[0], /1 card in 1 deck, merged with yours/);
  assert.match(home.state.decks.find((d) => d.id === deckId).progress, /mastered$/);
  assert.equal(home.state.decks.length, 5, 'no deck was added for it');
  await screenshot(second.page, 'progress-imported');
  await second.context.close();
});

test('a new version of an imported file replaces the deck in place and keeps its progress', async () => {
  const { context, page, errors } = await openGame(browser, server.url);
  await waitForScreen(page, 'home');
  await importThroughPicker(page, 'my terms.txt', 'Churn\tcustomers who leave\nCLV\tlifetime value\nNPS\tnet promoter score\n');
  let deck = await waitForSnapshot(page, (s) => s.screen === 'deck' && s.state.visible_cards?.length === 3, 'the imported deck');
  assert.deepEqual(deck.state.visible_cards.map((c) => c.id), ['churn', 'clv', 'nps'], 'card ids come from the terms');

  await clickWidget(page, 'mode-flashcards');
  const first = await waitForScreen(page, 'flashcards');
  const studied = first.state.card_id;
  await page.mouse.click(640, 300);
  await waitForSnapshot(page, (s) => s.state.showing_front === false, 'the card flipped');
  await page.keyboard.press('ArrowRight');
  await waitForSnapshot(page, (s) => s.state.know.length === 1, 'one card known');
  await page.keyboard.press('Escape');
  deck = await waitForScreen(page, 'deck');
  const memoryOf = (snap, id) => snap.state.visible_cards.find((c) => c.id === id)?.memory;
  assert.match(memoryOf(deck, studied), /^Recall 100%/);

  // The teacher's new version: one card reworded, one removed (not the studied one), one added.
  const removed = ['churn', 'clv', 'nps'].find((id) => id !== studied);
  const lines = { churn: 'Churn\tcustomers who stop buying', clv: 'CLV\tcustomer lifetime value', nps: 'NPS\tnet promoter score' };
  delete lines[removed];
  await page.keyboard.press('Escape');
  await waitForScreen(page, 'home');
  await importThroughPicker(page, 'my terms.txt', `${Object.values(lines).join('\n')}\nCAC\tcost to acquire a customer\n`);
  deck = await waitForSnapshot(page, (s) => s.screen === 'deck' && (s.state.message || []).some((m) => /^Updated/.test(m)),
                               'the deck updated');
  assert.match(deck.state.message[0], /^Updated “my terms”: 3 cards \(1 new, \d changed, 1 removed\); your progress on it is kept\.$/);
  assert.deepEqual(deck.state.visible_cards.map((c) => c.id).sort(), [...Object.keys(lines), 'cac'].sort());
  assert.match(memoryOf(deck, studied), /^Recall 100%/, 'the studied card keeps its memory');
  assert.equal(memoryOf(deck, 'cac'), 'Not studied yet');
  await screenshot(page, 'progress-reimported');
  await page.keyboard.press('Escape');
  const home = await waitForScreen(page, 'home');
  assert.deepEqual(home.state.decks.filter((d) => /^my-terms/.test(d.id)).map((d) => d.id), ['my-terms'], 'no second copy');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Snowman and Quiz list the past games on the deck, kept after a reload', async () => {
  const deck = JSON.parse(await readFile(new URL('../../decks/crm-11-flashcards.json', import.meta.url)));
  const terms = Object.fromEntries(deck.cards.map((c) => [c.id, c.term]));
  const link = `${server.url}?deck=${deckId}&mode=snowman&words=1&seed=4`;
  const { context, page, errors } = await openGame(browser, link);
  const solveByGuess = async () => {
    const snap = await waitForScreen(page, 'snowman');
    await clickWidget(page, 'guess-word');
    await page.keyboard.type(terms[snap.state.card_id]);
    await page.keyboard.press('Enter');
    await waitForSnapshot(page, (s) => s.state.word_solved, 'the word solved');
    await page.keyboard.press('Enter');
  };
  const historyOf = (count) => waitForSnapshot(page, (s) => s.screen === 'snowman-results' && s.state.history?.games.length === count,
    `${count} games in the history`);

  await solveByGuess();
  let snap = await historyOf(1);
  assert.deepEqual(snap.state.history.games.map((g) => [g.score, g.percent, g.best]), [['1 / 1', '100%', true]]);
  assert.match(snap.state.history.games[0].when, /^Today \d\d:\d\d$/);
  assert.match(snap.state.history.summary, /^1 game · best 100% · average 100% · \d+:\d\d played$/);

  // A lost game: seven letters the word does not have.
  await clickWidget(page, 'play-again');
  snap = await waitForScreen(page, 'snowman');
  const letters = new Set(terms[snap.state.card_id].toLowerCase().normalize('NFD').replace(/[^a-z]/g, ''));
  const misses = [...'zqxjvkwybfgpmhd'].filter((l) => !letters.has(l)).slice(0, 7);
  for (const [i, letter] of misses.entries()) {
    await page.keyboard.press(letter);
    await waitForSnapshot(page, (s) => s.state.steps_melted === i + 1, `step ${i + 1}`);
  }
  await page.keyboard.press('Enter');
  snap = await historyOf(2);
  assert.deepEqual(snap.state.history.games.map((g) => [g.score, g.best]), [['0 / 1', false], ['1 / 1', true]]);
  assert.match(snap.state.history.summary, /^2 games · best 100% · average 50%/);

  // After a reload the link starts a new game; its results list all three.
  await page.waitForFunction(() => !window.studyArcade.storageBusy());
  await page.goto(link);
  await solveByGuess();
  snap = await historyOf(3);
  assert.deepEqual(snap.state.history.games.map((g) => g.score), ['1 / 1', '0 / 1', '1 / 1']);
  await screenshot(page, 'progress-snowman-history');

  // The quiz keeps its own history: two quick multiple-choice quizzes.
  const quizLink = `${server.url}?deck=${deckId}&mode=quiz&questions=2&types=mc&seed=3`;
  for (let quiz = 1; quiz <= 2; quiz++) {
    if (quiz === 1) await page.goto(quizLink);
    else {
      await clickWidget(page, 'new-quiz');  // the setup page, with the same settings
      await waitForScreen(page, 'quiz-setup');
      await clickWidget(page, 'start-quiz');
    }
    for (let question = 1; question <= 2; question++) {
      const state = (await waitForSnapshot(page, (s) => s.screen === 'quiz' && s.state.question === question, `question ${question}`)).state;
      const right = state.options.indexOf(terms[state.card_id]);
      await clickWidget(page, `option-${quiz === 2 && question === 2 ? (right + 1) % 4 : right}`);
      await waitForSnapshot(page, (s) => s.state.choice !== undefined && s.state.choice !== null, 'the choice');
      await clickWidget(page, 'next');
    }
    snap = await waitForSnapshot(page, (s) => s.screen === 'quiz-results' && s.state.history?.games.length === quiz, `quiz ${quiz} kept`);
  }
  assert.deepEqual(snap.state.history.games.map((g) => [g.score, g.percent]), [['1 / 2', '50%'], ['2 / 2', '100%']]);
  await screenshot(page, 'progress-quiz-history');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a Matching round\'s best time is there after a reload', async () => {
  const link = `${server.url}?deck=${deckId}&mode=matching&round=4&seed=5`;
  const { context, page, errors } = await openGame(browser, link);
  const playRound = async () => {
    let snap = await waitForScreen(page, 'matching');
    for (const card of [...new Set(snap.state.tiles.map((t) => t.card_id))]) {
      const term = snap.state.tiles.findIndex((t) => t.card_id === card && t.side === 'term');
      const definition = snap.state.tiles.findIndex((t) => t.card_id === card && t.side === 'definition');
      const matched = snap.state.tiles.filter((t) => t.matched).length;
      await clickWidget(page, `tile-${term}`);
      await clickWidget(page, `tile-${definition}`);
      snap = await waitForSnapshot(page, (s) => s.screen !== 'matching' || s.state.tiles.filter((t) => t.matched).length === matched + 2,
        'the pair matched');
    }
    return (await waitForScreen(page, 'matching-results')).state.result;
  };
  const first = await playRound();
  assert.equal(first.new_best, true);
  await page.waitForFunction(() => !window.studyArcade.storageBusy());
  await page.goto(link);  // another visit: the same deck and round size
  await waitForScreen(page, 'matching');
  // Nothing matched yet: the kept best time is on the result after this round.
  const second = await playRound();
  assert.equal(second.best, Math.min(first.seconds, second.seconds), `best of ${first.seconds} (last visit) and ${second.seconds}`);
  assert.equal(second.new_best, second.seconds < first.seconds);
  assert.match(second.best_line, /time for 4 pairs: \d:\d\d\.\d$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the stats screen charts the answers given: recall bands, answers today, cards coming due', async () => {
  const { context, page, errors } = await openGame(browser, `${server.url}?deck=${deckId}&mode=flashcards&order=deck`);
  await waitForScreen(page, 'flashcards');
  await page.mouse.click(640, 300);
  await waitForSnapshot(page, (s) => s.state.showing_front === false, 'the card flipped');
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowRight']) {
    const before = await waitForScreen(page, 'flashcards');
    await page.keyboard.press(key);
    await waitForSnapshot(page, (s) => s.state.remaining === before.state.remaining - 1, `the card moved by ${key}`);
  }
  await page.keyboard.press('Escape');
  await waitForScreen(page, 'deck');
  await clickWidget(page, 'deck-stats');
  const stats = (await waitForScreen(page, 'stats')).state;
  assert.equal(stats.cards, 24);
  assert.equal(stats.bands['not studied'], 20);
  assert.equal(stats.bands['90%+'], 4, 'just answered, even the missed card is fresh in memory');
  assert.equal(Object.values(stats.bands).reduce((a, b) => a + b, 0), 24);
  assert.equal(stats.reviews, 4);
  assert.equal(stats.reviews_per_day.length, 30);
  assert.equal(stats.reviews_per_day[29], 4, 'four answers today');
  assert.equal(stats.due_per_day.length, 14);
  assert.equal(stats.due_per_day.reduce((a, b) => a + b, 0), 4, 'all four come due within two weeks');
  assert.equal(stats.due_per_day[0], 0, 'none due today');
  await screenshot(page, 'stats');
  await page.setViewportSize({ width: 390, height: 844 });
  await waitForSnapshot(page, (s) => s.screen === 'stats' && s.widgets.every((w) => w.x + w.w <= 390), 'the phone layout');
  await screenshot(page, 'stats-phone');
  await page.keyboard.press('Escape');
  await waitForScreen(page, 'deck');
  assert.deepEqual(errors, []);
  await context.close();
});
