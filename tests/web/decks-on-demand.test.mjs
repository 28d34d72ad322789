// decks-on-demand.test.mjs: the shipped decks are not in the first download (game.data
// holds their index: core/deck_outline.h); their files are fetched once the home screen is
// drawn. Tried as a person would: the home screen lists every deck with its card count
// while the files are still on the way; a deck clicked meanwhile says it is loading and
// opens when its file comes; a file that cannot be fetched is said on screen and the next
// click tries again; a launch link to a shipped deck waits for its file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startServer, launchBrowser, openGame, waitForScreen, waitForSnapshot, clickWidget, screenshot,
         siteDir } from './harness.mjs';

let browser, files;
before(async () => {
  browser = await launchBrowser();
  files = JSON.parse(await readFile(join(siteDir, 'build-manifest.json'), 'utf8')).files;
});
after(async () => { await browser?.close(); });

const deckPath = (id) => '/' + files[`decks/${id}.json`];
const shippedIds = ['crm-11-flashcards', 'crm-chapter-11-final-exam', 'crm-d077-module-5', 'crm-module-4-flashcards',
                    'crm-quizwiz-module-5'];

test('the home screen lists the decks before their files come; a deck clicked meanwhile opens when its file comes', async () => {
  const server = await startServer();
  for (const id of shippedIds) server.hold(deckPath(id));
  const { context, page, errors } = await openGame(browser, server.url);
  const home = await waitForScreen(page, 'home');
  assert.equal(home.state.decksToLoad, 5, 'no deck file has come yet');
  const counts = Object.fromEntries(home.state.decks.map((d) => [d.id, d.cards]));
  for (const id of shippedIds) {
    const deck = JSON.parse(await readFile(new URL(`../../decks/${id}.json`, import.meta.url), 'utf8'));
    assert.equal(counts[id], deck.cards.length, `${id}: the index gives the card count`);
  }
  assert.ok(server.requested.includes(deckPath('crm-d077-module-5')), 'the files were asked for after the first frame');

  await clickWidget(page, 'deck:crm-d077-module-5');
  const waiting = await waitForSnapshot(page, (s) => (s.state.message || []).some((m) => m.startsWith('Loading')),
                                        'the click to say the deck is loading');
  assert.equal(waiting.screen, 'home');
  assert.equal(waiting.state.message[0], 'Loading \u201cD077 Module 5 \u2014 Customer relationship management\u201d\u2026');
  await screenshot(page, 'deck-loading');

  server.release();
  const deck = await waitForScreen(page, 'deck');
  assert.equal(deck.state.visible_cards[0].term, 'Customer relationship management (CRM)');
  assert.equal(deck.state.card_count, counts['crm-d077-module-5']);
  await waitForSnapshot(page, (s) => s.state.decksToLoad === 0, 'every deck file to be taken');
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test('a deck file that cannot be fetched is said on screen, and the next click tries again', async () => {
  const extra = { [deckPath('crm-11-flashcards')]: ['text/plain', 'down for maintenance', {}, 503] };
  const server = await startServer(undefined, extra);
  const { context, page } = await openGame(browser, server.url);
  await waitForScreen(page, 'home');
  await waitForSnapshot(page, (s) => s.state.decksToLoad === 1, 'the other four files to come');
  await clickWidget(page, 'deck:crm-11-flashcards');
  const failed = await waitForSnapshot(page, (s) => (s.state.message || []).some((m) => m.includes('could not be loaded')),
                                       'the failure to be said');
  assert.equal(failed.screen, 'home');
  assert.equal(failed.state.message[0], 'The deck \u201c11 Flashcards\u201d could not be loaded (the server answered 503). ' +
               'Check the connection, then try again.');
  await screenshot(page, 'deck-load-failed');

  delete extra[deckPath('crm-11-flashcards')];  // the server is back
  const asked = server.requested.filter((p) => p === deckPath('crm-11-flashcards')).length;
  await clickWidget(page, 'deck:crm-11-flashcards');
  const deck = await waitForScreen(page, 'deck');
  assert.equal(deck.state.deck_title, '11 Flashcards');
  assert.equal(server.requested.filter((p) => p === deckPath('crm-11-flashcards')).length, asked + 1, 'asked for again');
  await context.close();
  await server.close();
});

test('a launch link to a shipped deck shows it loading, then plays it; its file is asked for with game.wasm', async () => {
  const server = await startServer();
  server.hold(deckPath('crm-module-4-flashcards'));
  const { context, page, errors } = await openGame(browser, `${server.url}/?deck=crm-module-4-flashcards&mode=flashcards`);
  const loading = await waitForScreen(page, 'loading-deck');
  assert.equal(loading.state.address, 'crm-module-4-flashcards');
  const wasmAt = server.requested.findIndex((p) => p.endsWith('.wasm'));
  const deckAt = server.requested.indexOf(deckPath('crm-module-4-flashcards'));
  assert.ok(deckAt >= 0 && deckAt < server.requested.findIndex((p) => p.startsWith('/decks/') && p !== deckPath('crm-module-4-flashcards')),
            'the linked deck is asked for before the others');
  assert.ok(wasmAt >= 0);
  server.release();
  await waitForScreen(page, 'flashcards');
  // (The service worker asks for every file too, for offline use: the server's count says nothing.)
  assert.deepEqual(await page.evaluate(() => Object.keys(window.Module.earlyDataFiles)), [],
                   'the game took the answer to the page\'s early request');
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});
