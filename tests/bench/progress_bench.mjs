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
const figures = async (on = page) => (await on.evaluate(() => window.studyArcade.snapshot())).diagnostics?.progress || {};
const gapsWhile = async (on, work) => {
  await on.evaluate(() => {
    window.gaps = [];
    let last = performance.now();
    const tick = (now) => { window.gaps.push(now - last); last = now; if (!window.stopGaps) requestAnimationFrame(tick); };
    window.stopGaps = false;
    requestAnimationFrame(tick);
  });
  await work();
  return on.evaluate(() => { window.stopGaps = true; return Math.max(...window.gaps); });
};
// Opens Flashcards, then gives one answer and waits for the timed save that follows it
// (and its write to IndexedDB); returns the longest frame gap meanwhile and while idle.
const answerAndSave = async (on) => {
  await clickWidget(on, 'deck:crm-11-flashcards');
  await waitForScreen(on, 'deck');
  await clickWidget(on, 'mode-flashcards');
  await waitForScreen(on, 'flashcards');
  const idleUntil = Date.now() + 3000;
  const idle = await gapsWhile(on, () => on.waitForFunction((until) => Date.now() > until, idleUntil, { polling: 100 }));
  await on.mouse.click(640, 300);
  await waitForSnapshot(on, (s) => s.state.showing_front === false, 'the card flipped');
  const savesBefore = (await figures(on)).saves || 0;
  const saving = await gapsWhile(on, async () => {
    await on.keyboard.press('ArrowRight');
    await waitForSnapshot(on, (s) => (s.diagnostics?.progress?.saves || 0) > savesBefore, 'the timed save', 60000);
    await on.waitForFunction(() => !window.studyArcade.storageBusy(), null, { timeout: 60000 });
  });
  return { idle, saving };
};

// The file is imported like a deck: parsed, merged, saved.
let t = Date.now();
await importThroughPicker(page, 'study-arcade-progress.json', content);
await waitForSnapshot(page, (s) => (s.state.message || []).some((m) => /^Progress imported/.test(m)), 'the import', 120000);
const importMs = Date.now() - t;
await page.waitForFunction(() => !window.studyArcade.storageBusy(), null, { timeout: 120000 });
const stored = await page.evaluate(async () => (await navigator.storage.estimate()).usage);
const big = await answerAndSave(page);
const saved = await figures();

// A reload reads it all back.
t = Date.now();
await page.goto(server.url);
await waitForScreen(page, 'home', 120000);
const reloadMs = Date.now() - t;
const loaded = await figures();
await context.close();
// The same in a browser with no progress yet, for comparison.
const fresh = await openGame(browser, server.url);
await waitForScreen(fresh.page, 'home');
const small = await answerAndSave(fresh.page);
t = Date.now();
await fresh.page.goto(server.url);
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
console.log(`whole store as one file: save      ${ms(native.save_ms).padStart(6)}   ${ms(saved.longest_save_ms).padStart(9)} (browser: the import's save, all files)`);
console.log(`save after one answer (progress folder) ${ms(native.save_after_answer_ms).padStart(3)}   ${ms(saved.save_ms).padStart(9)} ` +
            `(${native.files_per_save} / ${saved.files_written} file written)`);
console.log(`load (read + parse + replay)    ${ms(native.folder_load_ms).padStart(9)}   ${ms(loaded.load_ms).padStart(9)} ` +
            `(native, as one file: ${ms(native.load_ms)})`);
console.log(`bytes stored                    ${mb(native.bytes).padStart(9)}   ${mb(saved.bytes).padStart(9)} ` +
            `(the browser's storage estimate: ${mb(stored)})`);
console.log(`browser: import of the file (parse, merge, save): ${importMs} ms; reload to the home screen: ` +
            `${reloadMs} ms (${freshReloadMs} ms with no progress)`);
console.log(`browser: longest gap between animation frames while answering (the card's animation) and saving: ` +
            `${Math.round(big.saving)} ms with this progress, ${Math.round(small.saving)} ms with none ` +
            `(idle: ${Math.round(big.idle)} / ${Math.round(small.idle)} ms)`);
