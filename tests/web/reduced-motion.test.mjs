// reduced-motion.test.mjs: with the system's "reduce motion" setting (prefers-reduced-
// motion: reduce) a flashcard changes side at once: the game draws the few frames that
// follow any input and no flip animation (which draws frames for about 0.3 s otherwise).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openGame, waitForSnapshot, waitForIdle, screenshot } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

// Frames drawn for one flip (Space), from idle to idle.
async function framesForFlip(reducedMotion) {
  const { context, page, errors } = await openGame(browser, `${server.url}/?deck=crm-11-flashcards&mode=flashcards&seed=1`,
                                                   { reducedMotion });
  const start = await waitForSnapshot(page, (s) => s.screen === 'flashcards', 'the flashcards');
  await page.evaluate(() => document.getElementById('canvas').focus());
  const idle = await waitForIdle(page, 'before the flip', 300);
  await page.keyboard.press('Space');
  const flipped = await waitForSnapshot(page, (s) => s.state.showing_front !== start.state.showing_front, 'the flip');
  const after = await waitForIdle(page, 'after the flip', 300);
  if (reducedMotion === 'reduce') await screenshot(page, 'reduced-motion-flipped');
  assert.deepEqual(errors, []);
  await context.close();
  return { frames: after.frame - idle.frame, animated: flipped.state.flip_animated };
}

test('prefers-reduced-motion turns the flip animation off', async () => {
  const reduced = await framesForFlip('reduce');
  const normal = await framesForFlip('no-preference');
  assert.equal(reduced.animated, false, 'no flip animation');
  assert.equal(normal.animated, true, 'the flip is animated otherwise');
  // Only the few frames that follow any input (the animation's frames depend on the
  // machine's speed, so they are not compared).
  assert.ok(reduced.frames <= 6, `a few frames after the key only (drew ${reduced.frames})`);
});
