// first_visit.mjs: benchmark (not a test): what a first visit downloads until the home
// screen, per file, raw, gzip (-9) and brotli (-q 11) compressed, and the milliseconds
// from navigation to the first drawn frame (the home screen) in headless Chromium
// (median of several cold visits). With a second build (by default build-baseline/site,
// e.g. main's build: STUDY_ARCADE_WASM_BUILD=$PWD/build-baseline ./build_wasm.sh from a
// checkout of main) it measures both in the same run, visits interleaved, side by side.
// Prints numbers; asserts nothing.
//   usage: node tests/bench/first_visit.mjs [runs] [baseline-site-dir]   (after ./build_wasm.sh)
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { startServer, launchBrowser, siteDir } from '../web/harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const runs = Number(process.argv[2] || 5);
const baselineDir = process.argv[3] || join(here, '..', '..', 'build-baseline', 'site');
const builds = [{ name: 'this build', dir: siteDir }];
if (existsSync(join(baselineDir, 'index.html'))) builds.unshift({ name: 'baseline', dir: baselineDir });

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(8);
const brotli = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11,
  [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }).length;

const browser = await launchBrowser();
for (const build of builds) {
  build.server = await startServer(build.dir);
  build.times = [];
  build.files = new Set();
  build.after = new Set();
  build.screens = new Set();
  build.marks = {};
}
// One cold visit: a fresh browser context, navigation to the first drawn frame; records
// which files the page asked for until then (and, apart, those asked for after it: the
// shipped decks, fetched once the home screen is drawn, and the service worker's copies).
async function visit(build) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const fetched = [];
  page.on('requestfinished', (request) => fetched.push({ path: new URL(request.url()).pathname,
                                                        started: request.timing().startTime }));
  await page.goto(build.server.url);
  await page.waitForFunction(() => window.studyArcade && window.studyArcade.firstFrameMs !== null, null,
                             { timeout: 60000 });
  // performance.now() counts from navigation start: firstFrameMs is navigation -> first frame.
  build.times.push(await page.evaluate(() => window.studyArcade.firstFrameMs));
  build.screens.add((await page.evaluate(() => window.studyArcade.snapshot())).screen);
  // Where the time goes: the page's and the game's performance marks, and when each
  // download ended (ms since navigation start).
  const marks = await page.evaluate(() => [
    ...performance.getEntriesByType('resource').map((e) => [`${e.name.split('/').pop().replace(/\.[0-9a-f]{10}\./, '.')} downloaded`, e.responseEnd]),
    ...performance.getEntriesByType('mark').map((e) => [e.name, e.startTime])]);
  for (const [name, time] of marks) (build.marks[name] ||= []).push(time);
  // Asked for before the first frame (epoch ms) = part of the first visit.
  const homeAt = await page.evaluate(() => performance.timeOrigin + window.studyArcade.firstFrameMs);
  for (const { path, started } of fetched) {
    (started <= homeAt ? build.files : build.after).add(path === '/' ? '/index.html' : path);
  }
  await context.close();
}
for (let i = 0; i < runs; i++) {
  for (const build of builds) await visit(build);
}
await browser.close();
for (const build of builds) await build.server.close();

for (const build of builds) {
  const totals = { raw: 0, gzip: 0, brotli: 0 };
  build.rows = [];
  for (const path of [...build.files].sort()) {
    const body = await readFile(join(build.dir, decodeURIComponent(path)));
    const row = { path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, brotli: brotli(body) };
    build.rows.push(row);
    for (const key of Object.keys(totals)) totals[key] += row[key];
  }
  build.totals = totals;
  build.times.sort((a, b) => a - b);
  build.median = build.times[Math.floor(build.times.length / 2)];
}

// Files of the two builds side by side (hashed names matched by their plain name).
const plain = (path) => path.replace(/\.[0-9a-f]{8,}(\.[a-z0-9]+)$/, '$1');
const names = [...new Set(builds.flatMap((b) => b.rows.map((r) => plain(r.path))))].sort();
const header = builds.map((b) => `${b.name.padStart(8 * 3 + 2)}`).join(' |');
console.log(`First visit: the files fetched until the home screen is drawn (KiB)`);
console.log(`${''.padEnd(34)}${header}`);
console.log(`${'file'.padEnd(34)}${builds.map(() => '     raw     gzip   brotli').join(' |')}`);
const cells = (row) => (row ? `${kb(row.raw)} ${kb(row.gzip)} ${kb(row.brotli)}` : ''.padEnd(26));
for (const name of names) {
  console.log(`${name.slice(0, 33).padEnd(34)}${builds.map((b) => cells(b.rows.find((r) => plain(r.path) === name))).join(' |')}`);
}
console.log(`${'total'.padEnd(34)}${builds.map((b) => cells(b.totals)).join(' |')}`);
for (const build of builds) {
  const after = [...build.after].filter((path) => !build.files.has(path)).sort();
  if (!after.length) continue;
  let bytes = 0;
  for (const path of after) bytes += brotli(await readFile(join(build.dir, decodeURIComponent(path.replace(/^\/$/, '/index.html')))));
  console.log(`  ${build.name}: asked for after the home screen was drawn (not in the total): ${after.length} files, ` +
              `${kb(bytes).trim()} KiB brotli: ${after.map(plain).join(', ')}`);
}
console.log(`navigation -> home screen drawn (headless Chromium, SwiftShader, loopback, ${runs} cold visits each, interleaved):`);
for (const build of builds) {
  const t = build.times;
  console.log(`  ${build.name.padEnd(11)} median ${build.median.toFixed(0).padStart(5)} ms, min ${t[0].toFixed(0)} ms, ` +
              `max ${t[t.length - 1].toFixed(0)} ms (first screen: ${[...build.screens].join(', ')})`);
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
for (const build of builds) {
  console.log(`  ${build.name}: start-up steps (median ms since navigation):`);
  const steps = Object.entries(build.marks).map(([name, list]) => [name, median(list)]).sort((a, b) => a[1] - b[1]);
  for (const [name, time] of steps) console.log(`    ${time.toFixed(0).padStart(6)}  ${name}`);
}
if (builds.length === 2) {
  const [before, after] = builds;
  console.log(`  this build / baseline: bytes brotli ${(after.totals.brotli / before.totals.brotli).toFixed(2)}, ` +
              `gzip ${(after.totals.gzip / before.totals.gzip).toFixed(2)}, time to home ${(after.median / before.median).toFixed(2)}`);
}
