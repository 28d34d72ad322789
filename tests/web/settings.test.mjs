// settings.test.mjs: the desired retention setting with real clicks and keys. A progress
// file (two cards of one deck answered days ago) is imported through the picker; Settings
// shows what each retention costs for those two cards; + and the arrow keys change it, a
// row of the table picks it; the choice is kept after a reload and changes which cards
// are due (80 % lets the card answered right three days ago wait; 90 % asks for it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openGame, waitForScreen, waitForSnapshot, clickWidget, screenshot,
         importThroughPicker, twoCardsProgress } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const deckId = 'crm-11-flashcards';
for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`desired retention: its cost shown, changed, kept after a reload, due cards follow (${viewport.width}x${viewport.height})`, async () => {
    const { context, page, errors } = await openGame(browser, server.url, { viewport });
    await waitForScreen(page, 'home');
    await importThroughPicker(page, 'progress.json', twoCardsProgress(deckId, Date.now()));
    await waitForSnapshot(page, (s) => s.screen === 'home' && s.state.due === 2, 'two cards due at 90 %');

    await clickWidget(page, 'settings');
    let snap = await waitForSnapshot(page, (s) => s.screen === 'settings', 'the settings screen');
    assert.equal(snap.state.retention, 90);
    assert.equal(snap.state.studied_cards, 2);
    assert.deepEqual(snap.state.costs.map((c) => c.retention), [80, 85, 90, 95]);
    const costs = snap.state.costs;
    for (let i = 1; i < costs.length; ++i) {  // two cards: neighbouring choices may cost the same
      assert.ok(costs[i].reviews_per_day >= costs[i - 1].reviews_per_day, JSON.stringify(costs));
      assert.ok(costs[i].remembered >= costs[i - 1].remembered, JSON.stringify(costs));
    }
    assert.ok(costs[3].reviews_per_day > costs[0].reviews_per_day, `95 % costs more than 80 %: ${JSON.stringify(costs)}`);
    await screenshot(page, `settings-${viewport.width}`);

    await clickWidget(page, 'retention-up');
    snap = await waitForSnapshot(page, (s) => s.state.retention === 91, '91 % after +');
    assert.deepEqual(snap.state.costs.map((c) => c.retention), [80, 85, 90, 91, 95], 'the chosen value has its row');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await waitForSnapshot(page, (s) => s.state.retention === 89, '89 % after two Left arrows');
    await clickWidget(page, 'retention-80');
    await waitForSnapshot(page, (s) => s.state.retention === 80, '80 % picked in the table');
    await clickWidget(page, 'retention-down');  // already the lowest: nothing changes
    snap = await waitForSnapshot(page, (s) => s.state.retention === 80, 'still 80 %');

    await clickWidget(page, 'back');
    let home = await waitForSnapshot(page, (s) => s.screen === 'home' && s.state.due === 1,
                                     'at 80 % the card answered right three days ago is not due yet');
    assert.equal(home.state.decks.find((d) => d.id === deckId).due, 1);

    await page.waitForFunction(() => !window.studyArcade.storageBusy());
    await page.goto(server.url);
    home = await waitForSnapshot(page, (s) => s.screen === 'home' && s.state.due === 1, 'still one due after a reload');
    await clickWidget(page, 'settings');
    snap = await waitForSnapshot(page, (s) => s.screen === 'settings', 'settings after the reload');
    assert.equal(snap.state.retention, 80, 'the choice was kept');
    await page.keyboard.press('Escape');
    await waitForScreen(page, 'home');
    assert.deepEqual(errors, []);
    await context.close();
  });
}
