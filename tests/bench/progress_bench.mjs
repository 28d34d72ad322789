// progress_bench.mjs: benchmark (not a test) of issue 14: saving and loading the progress
// of 20,000 cards with 10 reviews each, native and in the browser, printed side by side:
// milliseconds, bytes stored, and the longest gap between animation frames while the
// game saves (in a game, the timed save after an answer) against the same page idle.
//   usage: node tests/bench/progress_bench.mjs [path/to/progress_bench]
//   (after ./build_wasm.sh and a native build: build/progress_bench by default)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launchBrowser, openGame, waitForScreen, waitForSnapshot, clickWidget,
         importThroughPicker } from '../web/harness.mjs';

const nativeBench = process.argv[2] || new URL('../../build/progress_bench', import.meta.url).pathname;
const file = join(mkdtempSync(join(tmpdir(), 'progress-bench-')), 'study-arcade-progress.json');
const native = JSON.parse(execFileSync(nativeBench, ['--write', file], { encoding: 'utf8' }));
const content = readFileSync(file);

const server = await startServer();
const browser = await launchBrowser();
const { context, page } = await openGame(browser, server.url);
await waitForScreen(page, 'home');
const figures = async () => (await page.evaluate(() => window.studyArcade.snapshot())).diagnostics?.progress || {};
const startGaps = () => page.evaluate(() => {
  window.gaps = [];
  let last = performance.now();
  const tick = (now) => { window.gaps.push(now - last); last = now; if (!window.stopGaps) requestAnimationFrame(tick); };
  window.stopGaps = false;
  requestAnimationFrame(tick);
});
const longestGap = () => page.evaluate(() => { window.stopGaps = true; return Math.max(...window.gaps); });

// The file is imported like a deck: parsed, merged, saved.
let t = Date.now();
await importThroughPicker(page, 'study-arcade-progress.json', content);
await waitForSnapshot(page, (s) => (s.state.message || []).some((m) => /^Progress imported/.test(m)), 'the import', 120000);
const importMs = Date.now() - t;
await page.waitForFunction(() => !window.studyArcade.storageBusy(), null, { timeout: 120000 });
const stored = await page.evaluate(async () => (await navigator.storage.estimate()).usage);

// Idle for comparison, then a game: one answer, and the timed save that follows it.
await clickWidget(page, 'deck:crm-11-flashcards');
await waitForScreen(page, 'deck');
await clickWidget(page, 'mode-flashcards');
await waitForScreen(page, 'flashcards');
await startGaps();
const idleUntil = Date.now() + 4000;
await page.waitForFunction((until) => Date.now() > until, idleUntil, { polling: 100 });  // the same span as the save's
const idleGap = await longestGap();
const savesBefore = (await figures()).saves || 0;
await page.mouse.click(640, 300);
await waitForSnapshot(page, (s) => s.state.showing_front === false, 'the card flipped');
await startGaps();
await page.keyboard.press('ArrowRight');
await waitForSnapshot(page, (s) => (s.diagnostics?.progress?.saves || 0) > savesBefore, 'the timed save', 60000);
await page.waitForFunction(() => !window.studyArcade.storageBusy(), null, { timeout: 60000 });
const savingGap = await longestGap();
const saved = await figures();

// A reload reads it all back.
t = Date.now();
await page.goto(server.url);
await waitForScreen(page, 'home', 120000);
const reloadMs = Date.now() - t;
const loaded = await figures();
await context.close();
const fresh = await openGame(browser, server.url);
t = Date.now();
await fresh.page.reload();
await waitForScreen(fresh.page, 'home');
const freshReloadMs = Date.now() - t;
await fresh.context.close();
await browser.close();
await server.close();

const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MiB`;
const ms = (value) => (value === undefined ? '-' : `${Math.round(value)} ms`);
console.log(`Progress of ${native.cards.toLocaleString('en')} cards × ${native.reviews / native.cards} reviews ` +
            `(${mb(native.bytes)} of JSON)`);
console.log('                                   native     browser');
console.log(`save (serialise + safe write)   ${ms(native.save_ms).padStart(9)}   ${ms(saved.save_ms).padStart(9)}`);
console.log(`  of which serialising            ${ms(native.save_after_answer_ms === undefined ? undefined : undefined).padStart(9)}   ${ms(saved.serialize_ms).padStart(9)}`);
console.log(`load (read + parse + replay)    ${ms(native.load_ms).padStart(9)}   ${ms(loaded.load_ms).padStart(9)}`);
console.log(`bytes stored                    ${mb(native.bytes).padStart(9)}   ${mb(saved.bytes).padStart(9)} ` +
            `(the browser's storage estimate: ${mb(stored)})`);
console.log(`browser: import of the file (parse, merge, save): ${importMs} ms; reload to the home screen: ` +
            `${reloadMs} ms (${freshReloadMs} ms with no progress)`);
console.log(`browser: longest gap between animation frames while answering and saving: ${Math.round(savingGap)} ms ` +
            `(idle, same page: ${Math.round(idleGap)} ms)`);
