// first_visit.mjs: benchmark (not a test): what a first visit downloads, per file, raw
// and gzip-compressed, and the milliseconds from navigation to the first drawn frame in
// headless Chromium (median of several cold visits). Prints numbers; asserts nothing.
//   usage: node tests/bench/first_visit.mjs [runs]   (after ./build_wasm.sh)
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServer, launchBrowser, siteDir } from '../web/harness.mjs';

const runs = Number(process.argv[2] || 5);
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(9);

let rawTotal = 0, gzipTotal = 0;
console.log(`First visit download (${siteDir})`);
console.log('file                       raw KiB   gzip KiB');
for (const name of (await readdir(siteDir)).sort()) {
  const path = join(siteDir, name);
  // The example course page is not part of a visit to the game.
  if (!(await stat(path)).isFile() || name.startsWith('course-example')) continue;
  const body = await readFile(path);
  const gz = gzipSync(body, { level: 9 }).length;
  rawTotal += body.length;
  gzipTotal += gz;
  console.log(`${name.padEnd(24)} ${kb(body.length)} ${kb(gz)}`);
}
console.log(`${'total'.padEnd(24)} ${kb(rawTotal)} ${kb(gzipTotal)}`);

const server = await startServer();
const browser = await launchBrowser();
const times = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.studyArcade && window.studyArcade.firstFrameMs !== null, null,
                             { timeout: 60000 });
  // performance.now() counts from navigation start: firstFrameMs is navigation -> first frame.
  times.push(await page.evaluate(() => window.studyArcade.firstFrameMs));
  await context.close();
}
await browser.close();
await server.close();
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`navigation -> first drawn frame (headless Chromium, SwiftShader, loopback, ${runs} cold visits):`);
console.log(`  median ${median.toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms`);
