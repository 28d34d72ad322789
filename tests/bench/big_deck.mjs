// big_deck.mjs: benchmark (not a test): a 20,000-card deck imported through the page's
// file picker; prints the milliseconds until its card list is on screen, and how long
// the page takes to answer a search keystroke and a jump to the end of the list.
//   usage: node tests/bench/big_deck.mjs   (after ./build_wasm.sh)
import { startServer, launchBrowser, openGame, waitForScreen, waitForSnapshot, clickWidget,
         importThroughPicker } from '../web/harness.mjs';
import { bigDeckText } from './make_big_deck.mjs';

const server = await startServer();
const browser = await launchBrowser();
const { context, page } = await openGame(browser, server.url);
await waitForScreen(page, 'home');
const start = Date.now();
await importThroughPicker(page, 'big.tsv', bigDeckText);
const deck = await waitForSnapshot(page, (s) => s.screen === 'deck', 'the big deck', 120000);
const importMs = Date.now() - start;
console.log(`20,000-card import (${(bigDeckText.length / 1048576).toFixed(1)} MiB TSV): ${importMs} ms ` +
            `from file chosen to card list drawn (${deck.state.card_count} cards)`);

// The longest frame while importing/searching: measured in the page with rAF gaps.
await page.evaluate(() => {
  window.gaps = [];
  let last = performance.now();
  const tick = (now) => { window.gaps.push(now - last); last = now; if (window.gaps.length < 100000) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
});
await clickWidget(page, 'search');
let t = Date.now();
await page.keyboard.type('z');
await waitForSnapshot(page, (s) => s.state.query === 'z', 'a keystroke');
console.log(`search keystroke on 20,000 cards: ${Date.now() - t} ms until the filtered list is drawn`);
await page.keyboard.press('Backspace');
await waitForSnapshot(page, (s) => s.state.query === '', 'clearing');
await page.keyboard.press('Escape');
t = Date.now();
await page.keyboard.press('End');
await waitForSnapshot(page, (s) => s.state.visible_cards?.some((c) => c.term.endsWith(' 20000')), 'the end');
console.log(`End key to the last card drawn: ${Date.now() - t} ms`);
const longest = await page.evaluate(() => Math.max(...window.gaps));
console.log(`longest gap between animation frames while searching and scrolling: ${longest.toFixed(0)} ms`);
await context.close();
await browser.close();
await server.close();
