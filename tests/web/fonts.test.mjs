// fonts.test.mjs: the first visit downloads fonts for ASCII and punctuation only; a deck in
// Greek or Russian (or with accented letters) brings its font packs (fonts/ beside the
// page) when it is opened, and then reads correctly (so does text typed into a text box:
// phone-keyboard.test.mjs); a character no font has is drawn as a box. Screenshots:
// fonts-greek-cyrillic.png (the deck's cards), fonts-home-greek-title.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openGame, waitForScreen, waitForSnapshot, waitForIdle,
         screenshot, importThroughPicker } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const greekRussian = 'Ελληνικά: καλημέρα\tΓεια σου κόσμε — good morning\n' +
                     'Русский: здравствуйте\tПривет, мир! Ёлка, щука, эхо\n' +
                     'Ünïcödé Latin\tçà et là, Łódź, ß\n' +
                     'Missing glyph\t漢 (no font of the game has it: a box)\n';

test('a Greek and Russian deck loads its font packs when opened and reads correctly', async () => {
  const { context, page, errors } = await openGame(browser, server.url);
  const fetched = [];
  page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
  const home = await waitForScreen(page, 'home');
  assert.deepEqual(home.state.fontPacks, [], 'the first visit has the Latin fonts only');
  assert.ok(!fetched.some((p) => p.startsWith('/fonts/')), `no font pack on the first visit: ${fetched}`);

  await importThroughPicker(page, 'Λέξεις и слова.txt', greekRussian);
  await waitForScreen(page, 'deck');
  const deck = await waitForSnapshot(page, (s) => s.state.fontPacks && s.state.fontPacks.includes('greek') &&
                                     s.state.fontPacks.includes('cyrillic'), 'the Greek and Cyrillic fonts');
  assert.deepEqual(deck.state.visible_cards.map((c) => c.term).slice(0, 2), ['Ελληνικά: καλημέρα', 'Русский: здравствуйте']);
  const fonts = fetched.filter((p) => p.startsWith('/fonts/'));
  assert.ok(fonts.some((p) => /greek/.test(p)) && fonts.some((p) => /cyrillic/.test(p)), `fetched ${fonts}`);
  // Ł and ź are Latin Extended-A: beyond the first fonts (Latin-1) too.
  await waitForSnapshot(page, (s) => s.state.fontPacks.includes('latin-extra'), 'the Latin Extended font');
  assert.ok(!fonts.some((p) => /symbols/.test(p)), `only the packs the deck needs: ${fonts}`);
  await waitForIdle(page, 'the deck with its fonts');
  await screenshot(page, 'fonts-greek-cyrillic');

  // Next visit: the deck's title is on the home screen, so its packs come at start.
  await page.waitForFunction(() => !window.studyArcade.storageBusy());
  await page.reload();
  await waitForScreen(page, 'home');
  await waitForSnapshot(page, (s) => s.state.fontPacks && s.state.fontPacks.includes('greek'), 'the Greek font for the title');
  await waitForIdle(page, 'the home screen with the Greek title');
  await screenshot(page, 'fonts-home-greek-title');
  assert.deepEqual(errors, []);
  await context.close();
});
