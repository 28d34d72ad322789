// read-aloud.test.mjs: the "Read aloud" buttons. Speech goes through the Web Speech API,
// started in the page's own click handler (browsers refuse it elsewhere), in the deck's
// language (English when the deck gives none). speechSynthesis.speak is replaced by a
// recorder here, which also notes whether the call came with the click's user activation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openGame, snapshot, waitForScreen, waitForSnapshot, waitFor, clickWidget,
         importThroughPicker, screenshot } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

function recordSpeech() {
  window.__spoken = [];
  window.speechSynthesis.speak = (u) => window.__spoken.push({ text: u.text, lang: u.lang, active: navigator.userActivation.isActive });
  window.speechSynthesis.cancel = () => {};
}
const spoken = (page) => page.evaluate(() => window.__spoken);

const spanish = JSON.stringify({ title: 'Vocabulario', language: 'es', cards: [
  { id: 'perro', term: 'el perro', definition: 'animal que ladra. Es amigo del hombre.' },
  { id: 'gato', term: 'el gato', definition: 'animal que maúlla' }] });

test('the flashcard is read aloud in the deck\'s language, from the click and from the layer', async () => {
  const { context, page, errors } = await openGame(browser, server.url);
  await page.evaluate(recordSpeech);
  await waitForScreen(page, 'home');
  await importThroughPicker(page, 'vocabulario.json', spanish);
  await waitForScreen(page, 'deck');
  await clickWidget(page, 'mode-flashcards');
  const snap = await waitForSnapshot(page, (s) => s.screen === 'flashcards' && s.widgets.some((w) => w.id === 'speak-card'),
                                     'the flashcard with its Read aloud button');
  await clickWidget(page, 'speak-card');
  let said = await waitFor(async () => { const s = await spoken(page); return s.length ? s : undefined; }, 'speech');
  assert.equal(said.map((u) => u.text).join(' '), snap.state.shown_text);
  assert.ok(said.every((u) => u.lang === 'es' && u.active), JSON.stringify(said));
  assert.equal((await snapshot(page)).state.showing_front, snap.state.showing_front, 'the click did not flip the card');
  await screenshot(page, 'read-aloud-flashcard');

  // Through the accessibility layer (a screen reader or keyboard user): focus, Enter.
  await page.evaluate(() => { window.__spoken = []; });
  await page.focus('#a11y-layer [data-id="speak-card"]');
  await page.keyboard.press('Enter');
  said = await waitFor(async () => { const s = await spoken(page); return s.length ? s : undefined; }, 'speech from the layer');
  assert.equal(said.map((u) => u.text).join(' '), snap.state.shown_text);
  assert.equal(said[0].lang, 'es');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a quiz prompt of an English deck is read in English; no Web Speech, no button', async () => {
  const { context, page, errors } = await openGame(browser, `${server.url}/?deck=crm-11-flashcards&mode=quiz&questions=1&types=mc&seed=2`);
  await page.evaluate(recordSpeech);
  const snap = await waitForSnapshot(page, (s) => s.screen === 'quiz' && s.widgets.some((w) => w.id === 'speak-prompt'), 'the prompt');
  await clickWidget(page, 'speak-prompt');
  const said = await waitFor(async () => { const s = await spoken(page); return s.length ? s : undefined; }, 'speech');
  assert.equal(said.map((u) => u.text).join(' '), snap.state.prompt);
  assert.ok(said.every((u) => u.lang === 'en' && u.active));
  assert.deepEqual(errors, []);
  await context.close();

  const bare = await openGame(browser, `${server.url}/?deck=crm-11-flashcards&mode=quiz&questions=1&types=mc&seed=2`);
  await bare.page.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined });
    delete window.SpeechSynthesisUtterance;
  });
  await bare.page.reload();
  const noSpeech = await waitForScreen(bare.page, 'quiz');
  assert.ok(!noSpeech.widgets.some((w) => w.id === 'speak-prompt'), 'no Read aloud button without Web Speech');
  await bare.context.close();
});
