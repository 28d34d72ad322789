// import.test.mjs: bringing a user's deck in through the page, as a person does: the
// file picker, the paste box with separators and live preview, export as a download,
// and the imported deck still there after a reload (browser storage), until deleted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openGame, waitForScreen, waitForSnapshot, waitForIdle, findWidget,
         clickWidget, screenshot, importThroughPicker, typeText } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const quizletExport = 'Churn rate\tshare of customers who stop buying in a period\n' +
                      'Net promoter score\thow likely customers are to recommend – 0 to 10\n' +
                      'Touchpoint\tany contact between a customer and the company\n';

test('a file chosen in the page is imported, listed, kept after a reload, and can be deleted', async () => {
  const { context, page, errors } = await openGame(browser, server.url);
  await waitForScreen(page, 'home');
  await importThroughPicker(page, 'My CRM terms.txt', quizletExport);
  const deck = await waitForScreen(page, 'deck');
  assert.equal(deck.state.deck_title, 'My CRM terms');
  assert.equal(deck.state.card_count, 3);
  assert.deepEqual(deck.state.visible_cards.map((c) => c.term), ['Churn rate', 'Net promoter score', 'Touchpoint']);
  assert.match(deck.state.message[0], /Imported “My CRM terms”: 3 cards/);
  await screenshot(page, 'import-file-done');

  await page.waitForFunction(() => !window.studyArcade.storageBusy());
  await page.reload();
  const home = await waitForScreen(page, 'home');
  const saved = home.state.decks.find((d) => d.title === 'My CRM terms');
  assert.ok(saved, 'the imported deck is still listed after a reload');
  assert.equal(saved.imported, true);
  assert.equal(saved.cards, 3);
  await screenshot(page, 'import-after-reload');

  await clickWidget(page, `deck:${saved.id}`);
  await waitForScreen(page, 'deck');
  await clickWidget(page, 'delete-deck');
  await waitForSnapshot(page, (s) => s.widgets.some((w) => w.id === 'delete-deck-confirm'), 'the confirmation');
  await clickWidget(page, 'delete-deck-confirm');
  const after = await waitForScreen(page, 'home');
  assert.ok(!after.state.decks.some((d) => d.id === saved.id));
  await page.waitForFunction(() => !window.studyArcade.storageBusy());
  await page.reload();
  const reloaded = await waitForScreen(page, 'home');
  assert.ok(!reloaded.state.decks.some((d) => d.id === saved.id), 'deleted for good');
  assert.ok(!findWidget(reloaded, 'deck:crm-11-flashcards').label.includes('Imported'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a broken file is reported by name and line, and nothing else is lost', async () => {
  const { context, page } = await openGame(browser, server.url);
  await waitForScreen(page, 'home');
  await importThroughPicker(page, 'broken.json', '{"title": "Broken", "cards": [');
  const shown = await waitForSnapshot(page, (s) => (s.state.message || [])[0] === 'Nothing was imported.',
                                      'the error message');
  assert.equal(shown.state.message[0], 'Nothing was imported.');
  assert.match(shown.state.message[1], /^broken\.json: is not valid JSON at line 1/);
  await screenshot(page, 'import-broken');
  await clickWidget(page, 'back');
  const home = await waitForScreen(page, 'home');
  assert.equal(home.state.decks.length, 5);
  await context.close();
});

test('a file that is not UTF-8 is named with what to do, through the picker', async () => {
  const { context, page } = await openGame(browser, server.url);
  await waitForScreen(page, 'home');
  await importThroughPicker(page, 'latin1.txt', Buffer.from('caf\xe9\tcoffee\n', 'latin1'));
  const shown = await waitForSnapshot(page, (s) => (s.state.message || [])[0] === 'Nothing was imported.', 'the message');
  assert.match(shown.state.message[1], /^latin1\.txt: is not valid UTF-8 text \(bad byte at line 1, column 4\); save it as UTF-8$/);
  await context.close();
});

test('pasted text with chosen separators shows a live preview and imports', async () => {
  const { context, page, errors } = await openGame(browser, server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await waitForScreen(page, 'home');
  await clickWidget(page, 'import');
  await waitForScreen(page, 'import');
  await clickWidget(page, 'paste-text');
  await page.evaluate((text) => navigator.clipboard.writeText(text),
                      'CRM, customer relationship management\nCLV, customer lifetime value, in dollars\nno comma here\n');
  await page.keyboard.press('Control+V');
  await waitForSnapshot(page, (s) => s.state.preview_summary, 'the pasted text');
  // The title typed after pasting still names the deck.
  await clickWidget(page, 'paste-title');
  await typeText(page, 'Pasted CRM');
  await waitForSnapshot(page, (s) => s.widgets.some((w) => w.id === 'paste-title' && w.label === 'Pasted CRM'), 'the title');
  let preview = await waitForSnapshot(page, (s) => s.state.preview_count >= 0 && s.state.preview_summary,
                                      'a preview of the pasted text');
  assert.equal(preview.state.preview_count, 0, 'with the tab separator nothing splits');
  await clickWidget(page, 'term-sep-comma');
  preview = await waitForSnapshot(page, (s) => s.state.preview_count === 2, 'the preview with commas');
  assert.deepEqual(preview.state.preview_cards[1], { term: 'CLV', definition: 'customer lifetime value, in dollars' });
  assert.equal(preview.state.preview_summary, '2 cards, 1 skipped');
  assert.match(preview.state.preview_problems[0], /line 3 has no separator/);
  await screenshot(page, 'import-paste-preview');
  const importButton = findWidget(preview, 'paste-import');
  assert.equal(importButton.label, 'Import 2 cards');
  await clickWidget(page, 'paste-import');
  const deck = await waitForScreen(page, 'deck');
  assert.equal(deck.state.deck_title, 'Pasted CRM');
  assert.equal(deck.state.card_count, 2);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a deck exports as JSON and as tab-separated text downloads', async () => {
  const { context, page } = await openGame(browser, server.url);
  await waitForScreen(page, 'home');
  await clickWidget(page, 'deck:crm-11-flashcards');
  await waitForScreen(page, 'deck');
  let download = page.waitForEvent('download');
  await clickWidget(page, 'export-json');
  let file = await download;
  assert.equal(file.suggestedFilename(), 'crm-11-flashcards.json');
  const json = JSON.parse(await streamText(await file.createReadStream()));
  assert.equal(json.format, 'study-arcade-deck');
  assert.equal(json.cards.length, 24);
  // The game says so above the deck, which moves the buttons down: click where they are now.
  await waitForSnapshot(page, (s) => (s.state.message || []).includes('Downloaded crm-11-flashcards.json'), 'the notice');
  download = page.waitForEvent('download');
  await clickWidget(page, 'export-tsv');
  file = await download;
  assert.equal(file.suggestedFilename(), 'crm-11-flashcards.tsv');
  const lines = (await streamText(await file.createReadStream())).trim().split('\n');
  assert.equal(lines.length, 24);
  assert.ok(lines.every((line) => line.split('\t').length === 2));
  await context.close();
});

async function streamText(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

test('a 20,000-card deck imports, lists, searches and scrolls to its end', async () => {
  const { bigDeckText } = await import('../bench/make_big_deck.mjs');
  const { context, page, errors } = await openGame(browser, server.url);
  await waitForScreen(page, 'home');
  await importThroughPicker(page, 'big.tsv', bigDeckText);
  const deck = await waitForSnapshot(page, (s) => s.screen === 'deck', 'the big deck', 120000);
  assert.equal(deck.state.card_count, 20000);
  await clickWidget(page, 'search');
  await typeText(page, 'advocacy 19999');
  const found = await waitForSnapshot(page, (s) => s.state.query === 'advocacy 19999', 'the search');
  assert.ok(found.state.shown_count >= 1 && found.state.shown_count < 20000);
  assert.ok(found.state.visible_cards.every((c) => `${c.term} ${c.definition}`.includes('19999')));
  await page.keyboard.press('Escape');
  await waitForSnapshot(page, (s) => s.state.query === '', 'the search to clear');
  await page.keyboard.press('End');
  const end = await waitForSnapshot(page, (s) => s.state.visible_cards.some((c) => c.term.endsWith(' 20000')),
                                    'the last card', 60000);
  assert.ok(end.state.visible_cards.length >= 1);
  await screenshot(page, 'big-deck-end');
  await page.keyboard.press('Home');
  await waitForSnapshot(page, (s) => s.state.visible_cards[0]?.term.endsWith(' 1'), 'Home to reach the first card');
  // Idleness is a measure over time: no frame for 800 ms (within 10 s) once scrolled.
  await waitForIdle(page, 'idle again once scrolled', 800);
  assert.deepEqual(errors, []);
  await context.close();
});
