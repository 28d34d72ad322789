// frames_and_revisit.mjs: benchmark (not a test): what a card flip costs the page's main
// thread, what the page costs while idle, and what a second visit downloads, for this
// build beside a previous one (built into another folder: tests/bench/build_previous.sh),
// in the same run on the same machine. Prints numbers; asserts nothing.
//   usage: node tests/bench/frames_and_revisit.mjs [previous-site-dir] [flips]
//   (default previous: build-wasm-prev/site, skipped when missing; flips: 12)
//
// - script ms per animated frame: a Chromium trace (CDP Tracing, through Playwright)
//   while Flashcards' card is flipped with Space `flips` times; each requestAnimationFrame
//   callback (the game's main loop step: "FireAnimationFrame") is one drawn frame; p50
//   and p95 of their durations, the frames per second during the flips and the share of
//   the main thread busy meanwhile.
// - idle busy %: the same trace over 4 s with nothing happening on the Flashcards screen
//   and on the home screen: top-level tasks of the page's main thread / 4 s (Flashcards'
//   clock ticks once a second, a frame each time).
// - second visit: bytes the server wrote (headers and bodies) for a second visit in the
//   same browser profile, after the first visit has finished (service worker installed).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launchBrowser, siteDir } from '../web/harness.mjs';

const previousDir = process.argv[2] || join(siteDir, '..', '..', 'build-wasm-prev', 'site');
const flips = Number(process.argv[3] || 12);
const link = '/?deck=crm-11-flashcards&mode=flashcards&side=term&order=deck';
const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'];
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

const percentile = (values, p) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
};

// Total time covered by [start, end] intervals (nested or overlapping counted once).
function covered(intervals) {
  let total = 0, end = -Infinity;
  for (const [s, e] of [...intervals].sort((a, b) => a[0] - b[0])) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

// The renderer main thread of the traced page: the thread named CrRendererMain that ran
// the most tasks.
function mainThreadEvents(trace) {
  const events = trace.traceEvents;
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .map((e) => `${e.pid}:${e.tid}`));
  const counts = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (mains.has(key) && e.ph === 'X') counts.set(key, (counts.get(key) || 0) + 1);
  }
  const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X');
}

// Busy share of `windowMs` (top-level tasks) and the animation frames' durations (ms).
function analyse(trace, windowMs) {
  const events = mainThreadEvents(trace);
  const tasks = events.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask')
    .map((e) => [e.ts, e.ts + (e.dur || 0)]);
  const fired = events.filter((e) => e.name === 'FireAnimationFrame').sort((a, b) => a.ts - b.ts);
  const frames = fired.map((e) => (e.dur || 0) / 1000);
  // Frame rate within each burst of frames (a flip; bursts are > 200 ms apart).
  let intervals = 0, span = 0;
  for (let i = 1; i < fired.length; i++) {
    const gap = fired[i].ts - fired[i - 1].ts;
    if (gap < 200000) { intervals++; span += gap; }
  }
  return { busyPercent: (100 * covered(tasks)) / 1000 / windowMs, frames, fps: span ? intervals / (span / 1e6) : NaN };
}

async function traced(browser, page, action) {
  await browser.startTracing(page, { categories });
  const started = Date.now();
  await action();
  const windowMs = Date.now() - started;
  const trace = JSON.parse((await browser.stopTracing()).toString());
  return analyse(trace, windowMs);
}

async function waitFirstFrame(page) {
  await page.waitForFunction(() => window.studyArcade && window.studyArcade.firstFrameMs !== null, null, { timeout: 60000 });
}

async function measure(browser, dir) {
  const server = await startServer(dir);
  try {
    // Idle on the home screen, then on Flashcards (its clock ticks), then flips.
    let context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    let page = await context.newPage();
    const showing = (screen) => page.waitForFunction((name) => {
      try { return window.studyArcade.snapshot().screen === name; } catch { return false; }
    }, screen, { timeout: 60000 });
    await page.goto(server.url + '/');
    await showing('home');
    await sleep(1500);
    const idleHome = await traced(browser, page, () => sleep(4000));
    await page.goto(server.url + link);
    await showing('flashcards');
    await sleep(1500);
    const idle = await traced(browser, page, () => sleep(4000));
    const frameBefore = (await page.evaluate(() => window.studyArcade.snapshot())).frame;
    const flipping = await traced(browser, page, async () => {
      for (let i = 0; i < flips; i++) {
        await page.keyboard.press('Space');
        await sleep(600);  // a flip lasts 0.28 s, then three frames
      }
    });
    const framesDrawn = (await page.evaluate(() => window.studyArcade.snapshot())).frame - frameBefore;
    await context.close();

    // Second visit in the same profile.
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    const first0 = server.bytesSent();
    await page.goto(server.url + '/');
    await waitFirstFrame(page);
    // Let the service worker (if the build has one) install and fill its cache.
    await page.evaluate(() => navigator.serviceWorker && navigator.serviceWorker.getRegistration()
      .then((r) => r && Promise.race([navigator.serviceWorker.ready, new Promise((ok) => setTimeout(ok, 10000))])));
    await sleep(1000);
    const firstBytes = server.bytesSent() - first0;
    const second0 = server.bytesSent();
    await page.goto(server.url + '/');
    await waitFirstFrame(page);
    await sleep(1000);
    const secondBytes = server.bytesSent() - second0;
    await context.close();
    return { idleHome, idle, flipping, framesDrawn, firstBytes, secondBytes };
  } finally {
    await server.close();
  }
}

const browser = await launchBrowser();
const builds = [['this build', siteDir]];
if (existsSync(previousDir)) builds.unshift(['previous', previousDir]);
else console.log(`(no previous build at ${previousDir}: run tests/bench/build_previous.sh to compare)`);
const results = [];
for (const [name, dir] of builds) results.push([name, dir, await measure(browser, dir)]);
await browser.close();

const fmt = (v, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : '-').padStart(12);
console.log(`Flashcards: ${flips} flips with Space; idle: 4 s on the Flashcards screen (headless Chromium, SwiftShader)`);
for (const [name, dir] of results) console.log(`  ${name}: ${dir}`);
console.log(`${''.padEnd(40)}${results.map(([n]) => n.padStart(12)).join('')}`);
const row = (label, get, digits) => console.log(`${label.padEnd(40)}${results.map(([, , r]) => fmt(get(r), digits)).join('')}`);
row('script ms per animated frame, p50', (r) => percentile(r.flipping.frames, 0.5), 2);
row('script ms per animated frame, p95', (r) => percentile(r.flipping.frames, 0.95), 2);
row('animated frames traced', (r) => r.flipping.frames.length, 0);
row('frames drawn (snapshot count)', (r) => r.framesDrawn, 0);
row('frames per second while flipping', (r) => r.flipping.fps, 1);
row('main thread busy % while flipping', (r) => r.flipping.busyPercent, 1);
row('idle busy %, home screen', (r) => r.idleHome.busyPercent, 3);
row('idle busy %, Flashcards (clock ticks)', (r) => r.idle.busyPercent, 3);
row('first visit KiB sent', (r) => r.firstBytes / 1024, 1);
row('second visit KiB sent', (r) => r.secondBytes / 1024, 1);
