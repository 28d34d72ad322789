// review.test.mjs: Review from the home screen with real clicks and typing. A progress
// file made here (the deck's second and third cards answered days ago, one wrong, one right) is
// imported through the picker; the home screen then shows the due badge and "Review 2
// due"; the review asks the weak card as multiple choice and the familiar one as a typed
// answer, the due count goes down with each answer, and the summary ends it. Also at
// 390x844 (a phone). With the same progress, Flashcards deals the weakest due card first
// and its Order button switches to deck order and shuffled. A link opens Review too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launchBrowser, openGame, waitForScreen, waitForSnapshot, clickWidget, screenshot,
         importThroughPicker, twoCardsProgress, typeText, findWidget } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const deckId = 'crm-11-flashcards';

const progressFile = (now) => twoCardsProgress(deckId, now);

for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`Review asks due cards as multiple choice and typed answers (${viewport.width}x${viewport.height})`, async () => {
    const deck = JSON.parse(await readFile(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'decks', `${deckId}.json`), 'utf8'));
    const termOf = (definition) => deck.cards.find((c) => c.definition === definition).term;
    const { context, page, errors } = await openGame(browser, server.url, { viewport });
    await waitForScreen(page, 'home');
    await importThroughPicker(page, 'progress.json', progressFile(Date.now()));
    let home = await waitForSnapshot(page, (s) => s.screen === 'home' && s.state.due === 2, 'two cards due at home');
    assert.equal(home.state.decks.find((d) => d.id === deckId).due, 2);
    assert.match(home.widgets.find((w) => w.id === 'review-due').label, /^Review 2 due$/);
    await screenshot(page, `review-home-${viewport.width}`);

    await clickWidget(page, 'review-due');
    let snap = await waitForSnapshot(page, (s) => s.screen === 'review' && s.state.position === 1, 'the first review card');
    assert.equal(snap.state.format, 'recognition');
    assert.equal(snap.state.due_left, 2);
    const right = snap.state.options.indexOf(termOf(snap.state.prompt));
    assert.ok(right >= 0, 'the right term is among the choices');
    await screenshot(page, `review-choice-${viewport.width}`);
    await clickWidget(page, `choice-${right}`);
    snap = await waitForSnapshot(page, (s) => s.state.answered === true, 'the choice graded');
    assert.equal(snap.state.right, true);
    assert.equal(snap.state.due_left, 1);
    await clickWidget(page, 'next');

    snap = await waitForSnapshot(page, (s) => s.screen === 'review' && s.state.position === 2, 'the second review card');
    assert.equal(snap.state.format, 'recall');
    await clickWidget(page, 'typed-answer');
    await typeText(page, termOf(snap.state.prompt));
    await waitForSnapshot(page, (s) => s.state.typed === termOf(snap.state.prompt), 'the answer typed');
    await screenshot(page, `review-typed-${viewport.width}`);
    await page.keyboard.press('Enter');
    snap = await waitForSnapshot(page, (s) => s.state.answered === true, 'the typed answer graded');
    assert.equal(snap.state.right, true);
    assert.equal(snap.state.due_left, 0);
    await clickWidget(page, 'next');

    snap = await waitForScreen(page, 'review-summary');
    assert.equal(snap.state.answered, 2);
    assert.equal(snap.state.right, 2);
    await screenshot(page, `review-summary-${viewport.width}`);
    await clickWidget(page, 'done');
    home = await waitForSnapshot(page, (s) => s.screen === 'home' && s.state.due === 0, 'nothing due any more');
    assert.equal(home.widgets.find((w) => w.id === 'review-due'), undefined);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('with progress, Flashcards deals the due cards first, weakest first; the Order button changes it', async () => {
  const { context, page, errors } = await openGame(browser, server.url);
  await waitForScreen(page, 'home');
  await importThroughPicker(page, 'progress.json', progressFile(Date.now()));
  await waitForSnapshot(page, (s) => s.screen === 'home' && s.state.due === 2, 'two cards due at home');
  await clickWidget(page, `deck:${deckId}`);
  await waitForScreen(page, 'deck');
  await clickWidget(page, 'mode-flashcards');
  let snap = await waitForScreen(page, 'flashcards');
  assert.equal(snap.state.order, 'due');
  assert.equal(snap.state.card_id, 'fc11-002');  // due and weakest (answered wrong)
  assert.match(findWidget(snap, 'option-order').label, /^Order: due first$/);
  await clickWidget(page, 'option-order');
  snap = await waitForSnapshot(page, (s) => s.state.order === 'deck', 'deck order chosen');
  assert.equal(snap.state.card_id, 'fc11-001');  // the deck's first card
  await clickWidget(page, 'option-order');
  snap = await waitForSnapshot(page, (s) => s.state.order === 'shuffle', 'shuffled chosen');
  assert.equal(snap.state.shuffle, true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link opens Review of one deck (mode=review); with nothing due it says so', async () => {
  const { context, page, errors } = await openGame(browser, `${server.url}?deck=${deckId}&mode=review`);
  const snap = await waitForScreen(page, 'review-summary');
  assert.equal(snap.state.total, 0);
  assert.ok(findWidget(snap, 'done'));
  await clickWidget(page, 'done');
  await waitForScreen(page, 'deck');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the deck screen offers "Review N due" for its own due cards, and the count goes down after it', async () => {
  const { context, page, errors } = await openGame(browser, server.url);
  await waitForScreen(page, 'home');
  await importThroughPicker(page, 'progress.json', progressFile(Date.now()));
  await waitForSnapshot(page, (s) => s.screen === 'home' && s.state.due === 2, 'two cards due at home');
  await clickWidget(page, 'review-due');  // a review across all decks first: the deck's own must still work after it
  await waitForScreen(page, 'review');
  await clickWidget(page, 'back');
  await waitForScreen(page, 'home');
  await clickWidget(page, `deck:${deckId}`);
  let deck = await waitForScreen(page, 'deck');
  assert.equal(deck.widgets.find((w) => w.id === 'mode-review')?.label, 'Review 2 due');
  await screenshot(page, 'review-deck-screen');
  await clickWidget(page, 'mode-review');
  let snap = await waitForSnapshot(page, (s) => s.screen === 'review' && s.state.position === 1, 'the deck\'s review');
  assert.equal(snap.state.format, 'recognition');
  await clickWidget(page, 'choice-0');  // right or wrong, the card was reviewed: not due now
  await waitForSnapshot(page, (s) => s.state.answered === true, 'the choice graded');
  await clickWidget(page, 'back');
  deck = await waitForScreen(page, 'deck');
  assert.equal(deck.widgets.find((w) => w.id === 'mode-review')?.label, 'Review 1 due', 'one card left due');
  assert.deepEqual(errors, []);
  await context.close();
});
