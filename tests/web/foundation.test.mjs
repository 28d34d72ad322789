// foundation.test.mjs: the frame every mode lives in, tried as a person would in
// Chromium: the page loads cleanly, the home screen lists the decks, a real click opens a
// deck's card list, typing filters it; plus resizes, HiDPI, phones, iframes, browser keys,
// idle rendering and the no-WebGL2 message. Each test saves a screenshot.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openGame, snapshot, waitForScreen, waitForSnapshot, waitForIdle, findWidget,
         centerOf, clickWidget, screenshot, typeText } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const shippedTitles = ['11 Flashcards', 'CHAPTER 11 FINAL EXAM',
  'D077 Module 5 — Customer relationship management',
  'Module 4: Customer Relationship Management Flashcards', 'Module 5: Customer Relationship Management'];

test('the page loads with no console error and the home screen lists every deck', async () => {
  const { context, page, errors } = await openGame(browser, server.url);
  const home = await waitForScreen(page, 'home');
  await waitForIdle(page, 'the home screen to settle', 200);
  await screenshot(page, 'home');
  assert.deepEqual(home.state.decks.map((d) => d.title), shippedTitles);
  for (const deck of home.state.decks) {
    const tile = findWidget(home, `deck:${deck.id}`);
    assert.equal(tile.label, deck.title);
    assert.ok(tile.w > 100 && tile.h > 40, 'a deck tile is big enough to click');
  }
  assert.equal(home.state.decks.find((d) => d.id === 'crm-d077-module-5').source, 'StudyStack · mkale');
  assert.ok(await page.locator('#overlay').isHidden(), 'the loading indicator is gone');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a click on a deck opens its card list, and typing in the search box filters it', async () => {
  const { context, page, errors } = await openGame(browser, server.url);
  await waitForScreen(page, 'home');
  await clickWidget(page, 'deck:crm-d077-module-5');
  const deck = await waitForScreen(page, 'deck');
  assert.equal(deck.state.deck_title, 'D077 Module 5 — Customer relationship management');
  assert.equal(deck.state.shown_count, deck.state.card_count);
  assert.ok(deck.state.visible_cards.length >= 3, 'several cards are in view');
  assert.equal(deck.state.visible_cards[0].term, 'Customer relationship management (CRM)');
  await screenshot(page, 'deck');

  await clickWidget(page, 'search');
  await typeText(page, 'lifetime');
  const filtered = await waitForSnapshot(page, (s) => s.state.query === 'lifetime', 'the query to be typed');
  assert.ok(filtered.state.shown_count >= 1 && filtered.state.shown_count < filtered.state.card_count);
  for (const card of filtered.state.visible_cards) {
    assert.match(`${card.term} ${card.definition}`.toLowerCase(), /lifetime/);
  }
  assert.match(filtered.state.count_text, /^Showing \d+ of \d+ cards$/);
  await screenshot(page, 'deck-search');

  await typeText(page, ' zzzqqq');
  const none = await waitForSnapshot(page, (s) => s.state.query === 'lifetime zzzqqq', 'more typing');
  assert.equal(none.state.shown_count, 0);

  await page.keyboard.press('Escape');   // clears the search
  const cleared = await waitForSnapshot(page, (s) => s.state.query === '', 'the search to clear');
  assert.equal(cleared.state.shown_count, cleared.state.card_count);
  await clickWidget(page, 'back');
  await waitForScreen(page, 'home');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the game draws with the WebGL2 context the page made while game.wasm compiled, sized once', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2 });
  // Counts the writes that change the canvas's size (each resets a live drawing buffer).
  await context.addInitScript(() => {
    window.__canvasResizes = [];
    for (const side of ['width', 'height']) {
      const real = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, side);
      Object.defineProperty(HTMLCanvasElement.prototype, side, {
        configurable: true, get() { return real.get.call(this); },
        set(value) { if (real.get.call(this) !== value) window.__canvasResizes.push(`${side}=${value}`); real.set.call(this, value); }
      });
    }
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await waitForScreen(page, 'home');
  const seen = await page.evaluate(() => ({
    made: performance.getEntriesByName('WebGL2 context made').length,
    resizes: window.__canvasResizes,
    buffer: [document.getElementById('canvas').getContext('webgl2').drawingBufferWidth, innerWidth * 2]
  }));
  assert.equal(seen.made, 1, 'the page made the context');
  assert.deepEqual(seen.resizes, ['width=2560', 'height=1600'], 'sized once, before the context; SDL\'s set-up changed nothing');
  assert.equal(seen.buffer[0], seen.buffer[1], 'the drawing buffer at device pixels');
  await context.close();
});

test('the canvas follows window resizes and draws at devicePixelRatio 2', async () => {
  const { context, page } = await openGame(browser, server.url, { deviceScaleFactor: 2 });
  await waitForScreen(page, 'home');
  const size = () => page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { w: c.width, h: c.height, cssW: innerWidth, cssH: innerHeight };
  });
  let s = await size();
  assert.equal(s.w, s.cssW * 2, 'drawing buffer at device pixels');
  assert.equal(s.h, s.cssH * 2);
  await waitForIdle(page, 'the home screen to settle', 200);
  await screenshot(page, 'home-dpr2');

  await page.setViewportSize({ width: 900, height: 600 });
  const resized = await waitForSnapshot(page, (snap) => snap.widgets.length > 0 &&
    snap.widgets.every((w) => w.x + w.w <= 900 + 1), 'the layout to follow the resize');
  s = await size();
  assert.equal(s.cssW, 900);
  assert.equal(s.w, 1800);
  assert.ok(resized.widgets.filter((w) => w.id.startsWith('deck:')).length === 5);
  await context.close();
});

test('on a phone-sized screen a tap opens a deck and rows stack', async () => {
  const { context, page, errors } = await openGame(browser, server.url,
    { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  const home = await waitForScreen(page, 'home');
  const tiles = home.widgets.filter((w) => w.id.startsWith('deck:'));
  assert.ok(tiles.every((t) => t.w > 300), 'one deck per row, nearly full width');
  await screenshot(page, 'phone-home');
  const { x, y } = centerOf(findWidget(home, 'deck:crm-11-flashcards'));
  await page.touchscreen.tap(x, y);
  const deck = await waitForScreen(page, 'deck');
  assert.equal(deck.state.deck_id, 'crm-11-flashcards');
  await waitForIdle(page, 'the deck screen to settle after the tap', 200);
  await screenshot(page, 'phone-deck');
  assert.deepEqual(errors, []);
  await context.close();
});

test('nothing is redrawn while nothing changes', async () => {
  const { context, page } = await openGame(browser, server.url);
  await waitForScreen(page, 'home');
  // Idleness is a measure over time: no frame drawn for a whole second (within 5 s of
  // the home screen appearing, the first frames after loading being allowed to settle).
  const idle = (await waitForIdle(page, 'no frame drawn in a second without input', 1000, 5000)).frame;
  await page.mouse.move(300, 300);
  await page.mouse.move(320, 310);
  const moved = await waitForSnapshot(page, (s) => s.frame > idle, 'a frame after input');
  assert.ok(moved.frame > idle);
  // Then idle again after a few frames (measured over half a second without a frame).
  const settled = (await waitForIdle(page, 'idle again after the input', 500, 5000)).frame;
  assert.ok(settled - idle <= 8, `only a few frames after input (drew ${settled - idle})`);
  await context.close();
});

test('the browser keeps its own keys; the game keeps its keys', async () => {
  const { context, page } = await openGame(browser, server.url);
  await waitForScreen(page, 'home');
  // Keys go to the focused canvas (SDL listens there: the page's own text fields get
  // theirs untouched).
  const prevented = (init) => page.evaluate((init) => {
    const event = new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true });
    document.getElementById('canvas').dispatchEvent(event);
    return event.defaultPrevented;
  }, init);
  for (const init of [{ key: 'F5', code: 'F5' }, { key: 'F11', code: 'F11' }, { key: 'F12', code: 'F12' },
                      { key: 'r', code: 'KeyR', ctrlKey: true }, { key: 'l', code: 'KeyL', ctrlKey: true },
                      { key: 't', code: 'KeyT', ctrlKey: true }, { key: 'w', code: 'KeyW', ctrlKey: true }]) {
    assert.equal(await prevented(init), false, `${JSON.stringify(init)} reaches the browser`);
  }
  assert.equal(await prevented({ key: 'Backspace', code: 'Backspace' }), true, 'Backspace stays in the game');
  assert.equal(await prevented({ key: 'ArrowRight', code: 'ArrowRight' }), true, 'arrows stay in the game');
  // Tab leaves the game for its controls in the accessibility layer (accessibility.test.mjs),
  // except while a text box has the caret.
  assert.equal(await prevented({ key: 'Tab', code: 'Tab' }), false, 'Tab moves the focus on');
  await context.close();
});

test('inside an iframe, a click gives the game keyboard focus', async () => {
  const host = await startServer(undefined, {
    '/host.html': ['text/html', `<!doctype html><html><head><link rel="icon" href="data:,"></head><body style="margin:0">
      <p><input id="outside" value="host page field"></p>
      <iframe id="game" src="/index.html" style="width:850px;height:440px;border:1px solid #999"></iframe>
      </body></html>`],
  });
  const { context, page, errors } = await openGame(browser, `${host.url}/host.html`);
  await page.focus('#outside');
  const frame = page.frameLocator('#game');
  const game = page.frames().find((f) => f.url().endsWith('/index.html'));
  await waitForScreen(game, 'home');
  const box = await page.locator('#game').boundingBox();
  const home = await snapshot(game);
  const tile = centerOf(findWidget(home, 'deck:crm-11-flashcards'));
  await page.mouse.click(box.x + 1 + tile.x, box.y + 1 + tile.y);
  await waitForScreen(game, 'deck');
  await typeText(page, '/churn');
  const typed = await waitForSnapshot(game, (s) => s.state.query === 'churn', 'typing inside the iframe');
  assert.ok(typed.state.shown_count >= 1);
  assert.equal(await page.locator('#outside').inputValue(), 'host page field', 'the host field got no keys');
  await screenshot(page, 'iframe-850x440');
  assert.ok(frame);
  assert.deepEqual(errors, []);
  await context.close();
  await host.close();
});

test('a browser without WebGL2 gets a plain message, not a blank canvas', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === 'webgl2' ? null : original.call(this, type, ...rest);
    };
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('#overlay.error');
  assert.match(await page.locator('#status').innerText(), /needs WebGL2/);
  const snap = await page.evaluate(() => window.studyArcade.snapshot());
  assert.equal(snap.screen, 'error');
  assert.match(snap.state.message, /needs WebGL2/);
  await screenshot(page, 'no-webgl2');
  await context.close();
});

test('a browser whose WebGL2 cannot build the game\'s shaders gets a message, not a blank canvas', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {  // as a broken driver would answer
    const original = WebGL2RenderingContext.prototype.getProgramParameter;
    WebGL2RenderingContext.prototype.getProgramParameter = function (program, name) {
      return name === this.LINK_STATUS ? false : original.call(this, program, name);
    };
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('#overlay.error');
  assert.match(await page.locator('#status').innerText(), /could not build the game's shaders/);
  await context.close();
});
