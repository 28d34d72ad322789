// serving.test.mjs: the site served as ./build_wasm.sh --serve serves it, with Debian's
// nginx and tools/nginx.conf.in: brotli and gzip files sent precompressed, the .wasm
// type, a year's caching for hashed names and revalidation for index.html, the README's
// Content-Security-Policy; and the game starts from it in Chromium. The service worker
// (sw.js) and the app manifest are revalidated on every visit, and a second visit, with
// the service worker installed, costs a few hundred bytes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, readFile, writeFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openGame, waitFor, waitForScreen, siteDir } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
let nginx, prefix, url, browser;

async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

before(async () => {
  prefix = await mkdtemp(join(tmpdir(), 'study-arcade-nginx-'));
  await mkdir(join(prefix, 'tmp'));
  const port = await freePort();
  const template = await readFile(join(here, '..', '..', 'tools', 'nginx.conf.in'), 'utf8');
  await writeFile(join(prefix, 'nginx.conf'),
                  template.replaceAll('@PREFIX@', prefix).replaceAll('@ROOT@', siteDir).replaceAll('@PORT@', String(port)));
  nginx = spawn('nginx', ['-p', prefix, '-e', join(prefix, 'error.log'), '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'],
                { stdio: ['ignore', 'ignore', 'pipe'] });
  url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try { await fetch(url); break; } catch { await new Promise((ok) => setTimeout(ok, 50)); }
  }
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  nginx?.kill();
  if (prefix) await rm(prefix, { recursive: true, force: true });
});

// fetch() would decompress: ask like a browser and look at the headers only.
const head = (path, encoding = 'br, gzip') => fetch(url + path, { headers: { 'accept-encoding': encoding } });

test('nginx sends the precompressed files with the right types and cache headers', async () => {
  const manifest = await (await head('/build-manifest.json', 'identity')).json();
  const wasm = manifest.files['game.wasm'];
  assert.match(wasm, /^game\.[0-9a-f]{10}\.wasm$/);

  const index = await head('/');
  assert.equal(index.status, 200);
  assert.match(index.headers.get('content-type'), /^text\/html/);
  assert.equal(index.headers.get('content-encoding'), 'br');
  assert.equal(index.headers.get('cache-control'), 'no-cache', 'index.html is revalidated');
  assert.match(index.headers.get('content-security-policy'), /script-src 'self' 'wasm-unsafe-eval'/);
  assert.ok(index.headers.get('etag') || index.headers.get('last-modified'), 'index.html can be revalidated');

  const game = await head('/' + wasm);
  assert.equal(game.headers.get('content-type'), 'application/wasm');
  assert.equal(game.headers.get('content-encoding'), 'br');
  assert.match(game.headers.get('cache-control'), /max-age=31536000/);
  assert.match(game.headers.get('cache-control'), /immutable/);

  const deck = await head('/' + manifest.files['decks/crm-11-flashcards.json']);  // fetched after the home screen
  assert.match(deck.headers.get('content-type'), /^application\/json/);
  assert.equal(deck.headers.get('content-encoding'), 'br');
  assert.match(deck.headers.get('cache-control'), /immutable/);
  const buildManifest = await head('/build-manifest.json');  // not hashed: revalidated
  assert.equal(buildManifest.headers.get('cache-control'), 'no-cache');

  const gzipped = await head('/' + manifest.files['game.js'], 'gzip');
  assert.equal(gzipped.headers.get('content-encoding'), 'gzip');
  assert.match(gzipped.headers.get('content-type'), /javascript/);
  const plain = await head('/' + manifest.files['game.data'], 'identity');
  assert.equal(plain.headers.get('content-encoding'), null);
  assert.equal(Number(plain.headers.get('content-length')), (await readFile(join(siteDir, manifest.files['game.data']))).length);
});

test('the game starts from nginx under its Content-Security-Policy', async () => {
  const { context, page, errors } = await openGame(browser, url);
  const home = await waitForScreen(page, 'home');
  assert.ok(home.state.decks.length >= 5);
  assert.deepEqual(errors, []);
  await context.close();
});

// The access log's lines since `from` (nginx's combined format + the bytes sent, last).
async function logSince(from) {
  const lines = (await readFile(join(prefix, 'access.log'), 'utf8')).split('\n').filter(Boolean).slice(from);
  return lines.map((line) => ({ path: /"GET ([^ ?]*)/.exec(line)?.[1], status: Number(/" (\d{3}) /.exec(line)?.[1]),
                                bytes: Number(/ (\d+)$/.exec(line)?.[1]) }));
}

test('sw.js and the app manifest are revalidated; a second visit with the service worker costs almost nothing', async (t) => {
  const sw = await head('/sw.js');
  assert.equal(sw.headers.get('cache-control'), 'no-cache', 'a new build\'s sw.js is seen at once');
  assert.match(sw.headers.get('content-type'), /javascript/);
  assert.match((await head('/manifest.webmanifest')).headers.get('content-type'), /^application\/manifest\+json/);

  const { context, page, errors } = await openGame(browser, url);
  await waitForScreen(page, 'home');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60000 });
  const from = (await logSince(0)).length;
  await page.goto(url);
  await waitForScreen(page, 'home');
  const visit = await waitFor(async () => { const l = await logSince(from); return l.some((r) => r.path === '/sw.js') && l; },
                              'the browser\'s check of sw.js');
  const bytes = visit.reduce((sum, r) => sum + r.bytes, 0);
  t.diagnostic(`second visit through nginx: ${bytes} bytes (${visit.map((r) => `${r.path} ${r.status} ${r.bytes}`).join(', ')})`);
  assert.deepEqual([...new Set(visit.map((r) => r.path))].sort(), ['/', '/sw.js']);
  assert.ok(bytes <= 10 * 1024);
  assert.deepEqual(errors, []);
  await context.close();
});
