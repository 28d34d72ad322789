// harness.mjs: what every browser test shares: a static server for the web build, the
// Debian Chromium driven by playwright-core (headless, SwiftShader WebGL), and helpers
// that read the automation snapshot (window.studyArcade.snapshot()) and click or type
// the way a person does, at the rectangles it gives.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const siteDir = process.env.STUDY_ARCADE_SITE || join(here, '..', '..', 'build-wasm', 'site');
export const shotDir = process.env.STUDY_ARCADE_SHOTS || join(here, '..', '..', 'build-wasm', 'screenshots');

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
                '.data': 'application/octet-stream', '.json': 'application/json', '.svg': 'image/svg+xml',
                '.css': 'text/css', '.webmanifest': 'application/manifest+json', '.png': 'image/png' };

// The Content-Security-Policy the README asks hosts to send with the game's pages: every
// browser test runs the game under it (a violation is a console error, so a test fails).
export const gameCsp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data: blob:; connect-src 'self' https:; object-src 'none'; base-uri 'none'; form-action 'none'";

// Serves `dir` on a free loopback port with `csp` on its HTML pages; `extra` maps paths
// to [type, body, headers, status] (test pages, decks served with or without CORS, a
// file that fails); a test may change it while the server runs.
export async function startServer(dir = siteDir, extra = {}, csp = gameCsp) {
  const requested = [];  // every path asked for, in order
  const held = new Set();  // paths answered with silence (a network that hangs), see hold()
  let waiting = [];  // requests held, answered on release()
  const answer = async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (held.has(path)) { waiting.push([req, res]); return; }
    if (extra[path]) {
      res.writeHead(extra[path][3] || 200, { 'content-type': extra[path][0], ...(extra[path][2] || {}) });
      res.end(extra[path][1]);
      return;
    }
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(normalize(dir))) { res.writeHead(403); res.end(); return; }
    try {
      let body = await readFile(file);
      const type = types[extname(file)] || 'application/octet-stream';
      const headers = { 'content-type': type, ...(type.startsWith('text/html') && csp ? { 'content-security-policy': csp } : {}) };
      // As a real host sends the site (README "Serving"): the .br beside a file, if the
      // browser takes brotli.
      if (/\bbr\b/.test(req.headers['accept-encoding'] || '')) {
        const compressed = await readFile(file + '.br').catch(() => null);
        if (compressed) Object.assign(headers, { 'content-encoding': 'br', vary: 'Accept-Encoding' }), body = compressed;
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404); res.end('not found');
    }
  };
  const server = createServer((req, res) => {
    requested.push(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    answer(req, res);
  });
  // Bytes written to the network (headers and bodies), for the benchmarks' second visit.
  const sockets = new Set();
  let closedBytes = 0;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => { closedBytes += socket.bytesWritten; sockets.delete(socket); });
  });
  const bytesSent = () => closedBytes + [...sockets].reduce((sum, s) => sum + s.bytesWritten, 0);
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}`, bytesSent, requested,
           // Requests for `path` get no answer until release() answers them (the connection stays open).
           hold: (path) => held.add(path),
           release: () => { held.clear(); const late = waiting; waiting = []; for (const [req, res] of late) answer(req, res); },
           close: () => { for (const s of sockets) s.destroy(); return new Promise((ok) => server.close(ok)); } };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
           '--disable-background-networking', '--disable-component-update', '--disable-sync',
           '--no-first-run', '--disable-quic'],
  });
}

// Opens the game in a new page and collects console errors and page errors.
export async function openGame(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  return { context, page, errors };
}

export function snapshot(pageOrFrame) {
  return pageOrFrame.evaluate(() => window.studyArcade && window.studyArcade.snapshot());
}

// Waits until `probe()` returns something truthy (polling it every 50 ms) and returns
// that; after `timeout` ms fails with `what` and the last value seen. Tests wait for a
// state this way, never for a fixed time.
export async function waitFor(probe, what, timeout = 20000, describe = (v) => JSON.stringify(v)?.slice(0, 500)) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await probe();
    if (last) return last;
    if (Date.now() >= end) break;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what}; last: ${describe(last)}`);
}

// Waits until the snapshot satisfies `test` (e.g. a screen is shown); returns it.
export function waitForSnapshot(pageOrFrame, test, what, timeout = 20000) {
  let last;
  return waitFor(async () => {
    last = await snapshot(pageOrFrame).catch(() => undefined);  // undefined while a page loads
    return last && test(last) ? last : undefined;
  }, what, timeout, () => `snapshot ${JSON.stringify(last)?.slice(0, 500)}`);
}

// Waits until the game has drawn no frame for `quietMs` (it draws only when something
// changes) and returns that snapshot; fails if it is still drawing after `timeout`. This
// one measures idleness, so it watches the clock: the snapshot's frame count must stay
// the same for `quietMs`.
export async function waitForIdle(pageOrFrame, what, quietMs = 500, timeout = 10000) {
  const end = Date.now() + timeout;
  let last = await snapshot(pageOrFrame);
  let since = Date.now();
  while (Date.now() < end) {
    await new Promise((ok) => setTimeout(ok, 50));
    const now = await snapshot(pageOrFrame);
    if (now.frame !== last.frame) { last = now; since = Date.now(); continue; }
    if (Date.now() - since >= quietMs) return now;
  }
  throw new Error(`still drawing after ${timeout} ms (${what}): frame ${last.frame} on screen "${last.screen}"`);
}

export const waitForScreen = (p, screen) => waitForSnapshot(p, (s) => s.screen === screen, `screen "${screen}"`);

export function findWidget(snap, id) {
  const widget = snap.widgets.find((w) => w.id === id);
  if (!widget) throw new Error(`no widget "${id}" on screen "${snap.screen}": ${snap.widgets.map((w) => w.id)}`);
  return widget;
}

export const centerOf = (w) => ({ x: w.x + w.w / 2, y: w.y + w.h / 2 });

// Clicks a widget with the real mouse, where the snapshot says it is.
export async function clickWidget(page, id, offset = { x: 0, y: 0 }) {
  const { x, y } = centerOf(findWidget(await snapshot(page), id));
  await page.mouse.click(x + offset.x, y + offset.y);
}

export async function screenshot(page, name) {
  await mkdir(shotDir, { recursive: true });
  await page.screenshot({ path: join(shotDir, `${name}.png`) });
}

// Imports a file as a person does: "Import a deck", "Choose a file…", pick the file.
export async function importThroughPicker(page, name, content) {
  await clickWidget(page, 'import');
  await waitForScreen(page, 'import');
  const chooser = page.waitForEvent('filechooser');
  await clickWidget(page, 'choose-file');
  await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
}

// Types text at a quick person's pace (30 ms between keys).
export const typeText = (page, text) => page.keyboard.type(text, { delay: 30 });

// A progress file in which two cards of deck `deckId` (crm-11-flashcards' fc11-002 and
// fc11-003) were answered in a quiz: the first wrong five days ago (weak, due), the second
// right three days ago (familiar; due at a desired retention of 90 %, not yet at 80 %).
export function twoCardsProgress(deckId, now) {
  const day = 86400000;
  return JSON.stringify({
    format: 'study-arcade-progress', version: 1, saved: now,
    decks: { [deckId]: { cards: {
      'fc11-002': { reviews: [[now - 5 * day, 'quiz', 'recall', 'wrong']] },
      'fc11-003': { reviews: [[now - 3 * day, 'quiz', 'recall', 'right']] },
    } } },
  });
}

// The cards of a shipped deck (decks/<deckId>.json), by card id.
export async function shippedDeckCards(deckId) {
  const deck = JSON.parse(await readFile(new URL(`../../decks/${deckId}.json`, import.meta.url), 'utf8'));
  return Object.fromEntries(deck.cards.map((c) => [c.id, c]));
}
