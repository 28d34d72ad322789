// accessibility.test.mjs: the game as assistive technology sees it, read from Chromium's
// accessibility tree (CDP Accessibility.getFullAXTree): every screen has a heading; the
// quiz's prompt and its choices are there with roles and names; answering through the
// layer (focus a button, press Enter, as a screen reader or keyboard user does) moves the
// game on and the polite live region says the result. Also: Tab from the game reaches
// the controls and a focus ring shows where the focus is.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, shippedDeckCards, launchBrowser, openGame, snapshot, waitForScreen, waitForSnapshot, waitFor, clickWidget,
         screenshot } from './harness.mjs';

let server, browser, cards;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  cards = await shippedDeckCards('crm-11-flashcards');
});
after(async () => { await browser?.close(); await server?.close(); });

// The accessibility tree's nodes that are not ignored: [{role, name, ...}].
async function axNodes(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored).map((n) => ({
    role: n.role?.value, name: n.name?.value ?? '',
    live: (n.properties || []).find((p) => p.name === 'live')?.value?.value,
  }));
}
const withRole = (nodes, role) => nodes.filter((n) => n.role === role);

// Waits until the tree has a node of `role` whose name passes `test`; returns the tree.
function waitForNode(page, role, test, what) {
  return waitFor(async () => {
    const nodes = await axNodes(page);
    return withRole(nodes, role).some((n) => test(n.name)) ? nodes : undefined;
  }, what);
}

// Activates a layer button as a screen reader user does: focus it, press Enter.
async function pressLayerButton(page, id) {
  await page.focus(`#a11y-layer [data-id="${id}"]`);
  await page.keyboard.press('Enter');
}

const liveText = (page) => page.evaluate(() => document.getElementById('a11y-live').textContent);

test('every screen has a heading in the accessibility tree', async () => {
  const { context, page, errors } = await openGame(browser, server.url);
  await waitForScreen(page, 'home');
  await waitForNode(page, 'heading', (n) => n === 'Study Arcade', 'the home heading');
  await clickWidget(page, 'deck:crm-11-flashcards');
  await waitForScreen(page, 'deck');
  const deckNodes = await waitForNode(page, 'heading', (n) => n.length > 0 && n !== 'Study Arcade', 'the deck title');
  assert.ok(withRole(deckNodes, 'button').some((b) => /quiz/i.test(b.name)), 'mode buttons as buttons');
  assert.ok(withRole(deckNodes, 'StaticText').some((t) => t.name.includes(Object.values(cards)[0].term)), 'card text');
  await clickWidget(page, 'back');
  await waitForScreen(page, 'home');
  await clickWidget(page, 'import');
  await waitForScreen(page, 'import');
  const importNodes = await waitForNode(page, 'heading', (n) => n === 'Import a deck', 'the import heading');
  assert.ok(withRole(importNodes, 'textbox').length >= 1, 'the paste box as a text box');
  await context.close();

  const modes = { flashcards: 'Flashcards', matching: 'Matching', snowman: 'Snowman', quiz: 'Quiz', learn: 'Learn' };
  for (const [mode, heading] of Object.entries(modes)) {
    const { context: c, page: p, errors: e } = await openGame(browser, `${server.url}/?deck=crm-11-flashcards&mode=${mode}&seed=4`);
    await waitForSnapshot(p, (s) => s.screen.startsWith(mode), `the ${mode} screen`);
    const nodes = await waitForNode(p, 'heading', (n) => n === heading, `the ${mode} heading`);
    assert.ok(withRole(nodes, 'button').length >= 2, `${mode}: its controls are buttons`);
    assert.deepEqual(e, []);
    await c.close();
  }
  assert.deepEqual(errors, []);
});

test('the quiz through the layer: prompt and choices with roles; answering moves on; the live region says it', async () => {
  const { context, page, errors } = await openGame(browser, `${server.url}/?deck=crm-11-flashcards&mode=quiz&questions=2&types=mc&seed=9`);
  let snap = await waitForScreen(page, 'quiz');
  assert.equal(snap.state.type, 'multiple_choice');
  // A live region exists before it says anything.
  const status = withRole(await axNodes(page), 'status');
  assert.ok(status.length >= 1, 'a status region');
  assert.equal(await page.getAttribute('#a11y-live', 'aria-live'), 'polite');

  for (let q = 1; q <= 2; q++) {
    const state = snap.state;
    // Buttons are named as the canvas shows them ("1. " and the option).
    const nodes = await waitForNode(page, 'button', (n) => n.endsWith(state.options[0]), `question ${q}'s options as buttons`);
    assert.ok(withRole(nodes, 'StaticText').some((t) => t.name === state.prompt), 'the prompt is in the tree');
    for (const option of state.options) {
      assert.ok(withRole(nodes, 'button').some((b) => b.name.endsWith(option)), `option "${option}" is a button`);
    }
    const answer = state.answer_is_term ? cards[state.card_id].term : cards[state.card_id].definition;
    const right = state.options.indexOf(answer);
    await pressLayerButton(page, `option-${right}`);
    await waitForSnapshot(page, (s) => s.state.choice === right, 'the choice made through the layer');
    await pressLayerButton(page, 'next');
    if (q === 1) {
      snap = await waitForSnapshot(page, (s) => s.screen === 'quiz' && s.state.question === 2, 'question 2');
      await waitFor(async () => (await liveText(page)) === 'Question 2 of 2', 'the live region saying question 2');
    }
  }
  snap = await waitForScreen(page, 'quiz-results');
  assert.equal(snap.state.score, 2);
  await waitFor(async () => /^Quiz done\. Score 100%, 2 of 2$/.test(await liveText(page)), 'the live region saying the score');
  await waitForNode(page, 'heading', (n) => /^Score: 100%/.test(n), 'the results heading');
  assert.deepEqual(errors, []);
  await context.close();
});

test('learn through the layer: the live region says right or the answer', async () => {
  const { context, page, errors } = await openGame(browser, `${server.url}/?deck=crm-11-flashcards&mode=learn&seed=3`);
  const snap = await waitForSnapshot(page, (s) => s.screen === 'learn' && s.state.phase === 'asking', 'the first question');
  assert.equal(snap.state.format, 'recognition');
  const right = snap.state.options.indexOf(cards[snap.state.card_id].term);
  const wrong = (right + 1) % snap.state.options.length;
  await waitFor(() => page.$(`#a11y-layer [data-id="option-${wrong}"]`), 'the options in the layer');
  await pressLayerButton(page, `option-${wrong}`);
  await waitForSnapshot(page, (s) => s.state.phase === 'answered', 'the feedback');
  await waitFor(async () => (await liveText(page)) === `Not quite. The answer was ${cards[snap.state.card_id].term}`,
    'the live region saying the answer');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Tab from the game reaches the controls, with a visible focus ring; Enter clicks', async () => {
  const { context, page, errors } = await openGame(browser, server.url);
  await waitForScreen(page, 'home');
  await page.focus('#canvas');
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement.dataset.id);
  assert.ok(first, 'a layer control has the focus');
  await page.keyboard.press('ArrowDown');
  const second = await page.evaluate(() => document.activeElement.dataset.id);
  assert.notEqual(second, first);
  // Down to the first deck tile; the ring is around it.
  for (let i = 0; i < 20; i++) {
    const id = await page.evaluate(() => document.activeElement.dataset.id);
    if (id && id.startsWith('deck:')) break;
    await page.keyboard.press('ArrowDown');
  }
  const id = await page.evaluate(() => document.activeElement.dataset.id);
  assert.match(id, /^deck:/);
  const ring = await page.evaluate(() => {
    const r = document.getElementById('focus-ring');
    return r.hidden ? null : r.getBoundingClientRect().toJSON();
  });
  const tile = (await snapshot(page)).widgets.find((w) => w.id === id);
  assert.ok(ring && Math.abs(ring.x - (tile.x - 3)) < 2 && Math.abs(ring.width - (tile.w + 6)) < 2, 'the ring is around the tile');
  await screenshot(page, 'keyboard-focus-ring');
  await page.keyboard.press('Enter');
  const deck = await waitForScreen(page, 'deck');
  assert.equal(`deck:${deck.state.deck_id}`, id);
  assert.deepEqual(errors, []);
  await context.close();
});
