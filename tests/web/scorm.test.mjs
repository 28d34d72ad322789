// scorm.test.mjs: the SCORM 1.2 package of `study-deck scorm` in a stand-in LMS, and xAPI
// statements for course pages. Checks:
// - the package: imsmanifest.xml well-formed (xmllint), ADL SCORM 1.2, one organization
//   whose item points at one SCO resource launched at scorm.html, every file it lists in
//   the zip and every file of the zip listed;
// - a quiz played with real clicks inside the stand-in LMS (tests/web/scorm/lms-api.js,
//   which checks calls and values as Moodle's SCORM 1.2 player does): the calls and
//   values in order (initialize, incomplete, suspend_data + commit after each answer,
//   score 0-100 with min/max, passed against the mastery score, session time, exit,
//   commit, finish), none refused;
// - a second launch in a fresh browser profile gets the progress back from suspend_data;
// - without an LMS the game plays and says scores are not being recorded;
// - the stand-in refuses wrong calls with Moodle's error codes (201, 301, 403, 404, 405);
// - with xapi=1 a course page on another origin receives "answered" and "completed"
//   statements in H5P's envelope, and a page of a third origin receives none;
// - Embed / share shows the `study-deck scorm` command of the mode (which builds a
//   package) and offers xAPI statements once a course page's origin is given.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launchBrowser, openGame, snapshot, waitFor, waitForScreen, waitForSnapshot, findWidget, centerOf, clickWidget,
         screenshot, siteDir } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const studyDeck = process.env.STUDY_DECK || join(root, 'build', 'study-deck');
const deckFile = join(root, 'decks', 'crm-11-flashcards.json');

let work, courseDir, lms, course, third, game, browser, deck, files;
before(async () => {
  work = await mkdtemp(join(tmpdir(), 'scorm-test-'));
  const zip = join(work, 'course.zip');
  execFileSync(studyDeck, ['scorm', '--deck', deckFile, '--mode', 'quiz', '--questions', '4', '--types', 'mc',
                           '--mastery', '60', '--site', siteDir, '-o', zip], { stdio: ['ignore', 'ignore', 'pipe'] });
  files = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n').filter((f) => f && !f.endsWith('/'));
  courseDir = join(work, 'course');
  execFileSync('unzip', ['-q', zip, '-d', courseDir]);
  deck = JSON.parse(await readFile(join(courseDir, 'deck.json'), 'utf8'));
  const lmsApi = await readFile(join(here, 'scorm', 'lms-api.js'), 'utf8');
  const html = 'text/html; charset=utf-8';
  // The LMS serves the package from its own origin, as Moodle does.
  lms = await startServer(courseDir, {
    '/lms.html': [html, '<!doctype html><title>Stand-in LMS</title><link rel="icon" href="favicon.svg"><body><script src="lms-api.js"></script></body>'],
    '/lms-api.js': ['text/javascript', lmsApi],
    '/blank.html': [html, '<!doctype html><title>blank</title><link rel="icon" href="favicon.svg">'],
  });
  game = await startServer(siteDir);
  const recorder = ['text/javascript', "window.received = []; window.addEventListener('message', (e) => " +
    "window.received.push({ origin: e.origin, data: e.data })); const f = document.createElement('iframe');" +
    "f.width = 900; f.height = 560; f.src = new URLSearchParams(location.search).get('game'); document.body.appendChild(f);"];
  const coursePage = [html, '<!doctype html><title>Course</title><link rel="icon" href="favicon.svg"><body><script src="course.js"></script></body>'];
  course = await startServer(siteDir, { '/course.html': coursePage, '/course.js': recorder }, "default-src 'self'; frame-src http://127.0.0.1:*");
  third = await startServer(siteDir, { '/course.html': coursePage, '/course.js': recorder }, "default-src 'self'; frame-src http://127.0.0.1:*");
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await Promise.all([lms, course, third, game].map((s) => s?.close()));
  if (work) await rm(work, { recursive: true, force: true });
});

test('the package\'s manifest is well-formed SCORM 1.2 and lists every file of the zip', async () => {
  const manifest = join(courseDir, 'imsmanifest.xml');
  execFileSync('xmllint', ['--noout', manifest]);  // throws when not well-formed
  const xpath = (expr) => execFileSync('xmllint', ['--xpath', expr, manifest], { encoding: 'utf8' }).trim();
  const el = (name) => `*[local-name()='${name}']`;
  assert.equal(xpath(`string(/${el('manifest')}/${el('metadata')}/${el('schema')})`), 'ADL SCORM');
  assert.equal(xpath(`string(/${el('manifest')}/${el('metadata')}/${el('schemaversion')})`), '1.2');
  assert.equal(xpath(`count(//${el('organization')})`), '1');
  assert.equal(xpath(`count(//${el('item')})`), '1');
  assert.equal(xpath(`count(//${el('resource')})`), '1');
  const defaultOrg = xpath(`string(//${el('organizations')}/@default)`);
  assert.equal(xpath(`string(//${el('organization')}/@identifier)`), defaultOrg);
  assert.equal(xpath(`string(//${el('item')}/@identifierref)`), xpath(`string(//${el('resource')}/@identifier)`));
  assert.equal(xpath(`string(//${el('resource')}/@type)`), 'webcontent');
  assert.equal(xpath(`string(//${el('resource')}/@*[local-name()='scormtype'])`), 'sco');
  assert.equal(xpath(`string(//${el('resource')}/@href)`), 'scorm.html');
  assert.equal(xpath(`string(//${el('item')}/${el('masteryscore')})`), '60');
  assert.match(xpath(`string(//${el('organization')}/${el('title')})`), /11 Flashcards/);
  const listed = [...xpath(`//${el('file')}/@href`).matchAll(/href="([^"]*)"/g)].map((m) => decodeURIComponent(m[1]));
  assert.deepEqual([...listed].sort(), files.filter((f) => f !== 'imsmanifest.xml').sort(), 'the manifest lists exactly the zip\'s files');
  assert.ok(files.includes('imsmanifest.xml'));
  for (const needed of ['scorm.html', 'scorm.js', 'index.html', 'deck.json', 'scorm-settings.json']) {
    assert.ok(listed.includes(needed), `${needed} is in the package`);
  }
  // The game's files carry a content hash in their names (tools/finish_site.py).
  for (const needed of [/^page\.[0-9a-f]{10}\.js$/, /^game\.[0-9a-f]{10}\.js$/, /^game\.[0-9a-f]{10}\.wasm$/,
                        /^game\.[0-9a-f]{10}\.data$/]) assert.ok(listed.some((f) => needed.test(f)), `${needed} is in the package`);
  assert.ok(!listed.some((f) => /\.(gz|br)$/.test(f)), 'no precompressed copies in the package');
  assert.ok(!listed.some((f) => f.startsWith('course-example')), 'the demo course page is left out');
});

// The stand-in LMS's record (data model and calls), read from its origin's localStorage.
async function lmsRecord(page) {
  await page.goto(`${lms.url}/blank.html`);
  return page.evaluate(() => JSON.parse(localStorage.getItem('lms')));
}

// Opens the LMS page with the package's launch page; gives the game's frame.
async function launch(context) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${lms.url}/lms.html?launch=scorm.html&mastery=60`);
  const gameFrame = await waitFor(() => page.frames().find((f) => f.url().includes('/index.html?')), 'the game frame', 10000);
  const launchFrame = page.frames().find((f) => f.url().endsWith('/scorm.html'));
  return { page, errors, gameFrame, launchFrame };
}

// Clicks a widget of the game two frames down (the snapshot's rectangles are in its frame).
async function clickIn(page, frame, id) {
  const box = await (await frame.frameElement()).boundingBox();
  const { x, y } = centerOf(findWidget(await snapshot(frame), id));
  await page.mouse.click(box.x + x, box.y + y);
}

// Answers the quiz's current multiple-choice question, right or wrong, and goes on.
async function answer(page, frame, right) {
  const state = (await waitForScreen(frame, 'quiz')).state;
  const term = deck.cards.find((c) => c.id === state.card_id).term;
  const choice = right ? state.options.indexOf(term) : state.options.findIndex((o) => o !== term);
  assert.ok(choice >= 0);
  await clickIn(page, frame, `option-${choice}`);
  await waitForSnapshot(frame, (s) => s.state.choice === choice, 'the chosen option');
  const number = state.question;
  await clickIn(page, frame, 'next');
  await waitForSnapshot(frame, (s) => s.screen === 'quiz-results' || s.state.question === number + 1, 'the next question');
  return state.card_id;
}

const calls = (record) => record.calls.map(([name, args, result, error]) => ({ name, args, result, error }));

let firstRecord;
test('a quiz played in the LMS reports its calls and values in order, as Moodle\'s player accepts them', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const { page, errors, gameFrame, launchFrame } = await launch(context);
  await waitForScreen(gameFrame, 'quiz');
  assert.equal(await launchFrame.locator('#lms-status').textContent(), 'Your score is sent to the course.');
  const played = [];
  for (let i = 0; i < 4; i++) played.push(await answer(page, gameFrame, i !== 2));  // the third one wrong
  const results = await waitForScreen(gameFrame, 'quiz-results');
  await screenshot(page, 'scorm-lms-results');
  // The score reaches the LMS before the student leaves.
  await waitFor(() => launchFrame.evaluate(() => 1).then(() => page.evaluate(() =>
    JSON.parse(localStorage.getItem('lms')).data['cmi.core.lesson_status'] === 'passed')), 'passed in the LMS', 10000);
  await page.goto('about:blank');  // the student leaves: pagehide -> LMSFinish
  const record = firstRecord = await lmsRecord(page);
  const all = calls(record);
  assert.deepEqual(all.filter((c) => c.result === 'false' || c.error !== '0'), [], 'no call refused');
  assert.deepEqual(all.slice(0, 6).map((c) => [c.name, ...c.args, c.result]), [
    ['LMSInitialize', '', 'true'],
    ['LMSGetValue', 'cmi.core.lesson_status', 'not attempted'],
    ['LMSSetValue', 'cmi.core.lesson_status', 'incomplete', 'true'],
    ['LMSGetValue', 'cmi.core.score.raw', ''],
    ['LMSGetValue', 'cmi.student_data.mastery_score', '60'],
    ['LMSGetValue', 'cmi.suspend_data', ''],
  ]);
  // The score when the quiz is over: min, max, raw (3 of 4 = 75) and passed against the
  // mastery score 60, in that order; before it, a commit after each scored move.
  const scoreAt = all.findIndex((c) => c.name === 'LMSSetValue' && c.args[0] === 'cmi.core.score.min');
  assert.ok(scoreAt > 6);
  assert.deepEqual(all.slice(scoreAt, scoreAt + 4).map((c) => c.args), [
    ['cmi.core.score.min', '0'], ['cmi.core.score.max', '100'], ['cmi.core.score.raw', '75'],
    ['cmi.core.lesson_status', 'passed']]);
  assert.ok(all.slice(6, scoreAt).filter((c) => c.name === 'LMSCommit').length >= 3, 'commits while the student plays');
  // The progress in suspend_data (a quiz's answers count when it is finished, as a test's),
  // each time followed by a commit.
  const sets = all.map((c, i) => ({ ...c, i })).filter((c) => c.name === 'LMSSetValue' && c.args[0] === 'cmi.suspend_data');
  assert.ok(sets.length >= 1 && sets[0].i > scoreAt, 'suspend_data once the answers counted');
  for (const set of sets) {
    assert.ok(set.args[1].length <= 4096);
    assert.equal(all[set.i + 1].name, 'LMSCommit', 'a commit after suspend_data');
  }
  const packed = JSON.parse(sets.at(-1).args[1]);
  assert.deepEqual(Object.keys(packed.c).sort(), [...played].sort(), 'the packed progress holds the four cards answered');
  // Leaving: session time, exit, commit, finish; nothing after.
  const end = all.slice(-4);
  assert.equal(end[0].args[0], 'cmi.core.session_time');
  assert.match(end[0].args[1], /^\d{4}:\d{2}:\d{2}\.\d{2}$/);
  assert.deepEqual(end.slice(1).map((c) => [c.name, ...c.args]), [['LMSSetValue', 'cmi.core.exit', ''], ['LMSCommit', ''], ['LMSFinish', '']]);
  assert.equal(record.data['cmi.core.score.raw'], '75');
  assert.equal(record.data['cmi.core.lesson_status'], 'passed');
  assert.equal(record.data['cmi.core.total_time'], end[0].args[1]);
  assert.equal(results.state.correct ?? 3, 3);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a second launch, in another browser, gets the progress back from suspend_data', async () => {
  assert.ok(firstRecord, 'the first launch ran');
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const kept = { data: firstRecord.data, calls: [], launches: firstRecord.launches };
  await context.addInitScript((stored) => {
    if (location.pathname.endsWith('/lms.html') && !localStorage.getItem('lms')) localStorage.setItem('lms', stored);
  }, JSON.stringify(kept));
  const { page, errors, gameFrame, launchFrame } = await launch(context);
  await waitForScreen(gameFrame, 'quiz');
  const saved = firstRecord.data['cmi.suspend_data'];
  assert.ok(saved.length > 10);
  await waitFor(() => launchFrame.evaluate(() => window.studyArcadeScorm.restored), 'the progress restored', 10000);
  // This browser never saw the first launch: everything it knows came from suspend_data.
  assert.equal(await gameFrame.evaluate(() => window.studyArcade.packProgress(4096)), saved);
  const again = [];
  for (let i = 0; i < 4; i++) again.push(await answer(page, gameFrame, true));
  await waitForScreen(gameFrame, 'quiz-results');
  const record = await waitFor(() => page.evaluate(() => {
    const r = JSON.parse(localStorage.getItem('lms'));
    return r.calls.some((c) => c[0] === 'LMSSetValue' && c[1][0] === 'cmi.suspend_data') && r.data['cmi.core.score.raw'] === '100' && r;
  }), 'the new suspend_data and score', 10000);
  const all = calls(record);
  assert.deepEqual(all.slice(0, 2).map((c) => [c.name, ...c.args, c.result]),
    [['LMSInitialize', '', 'true'], ['LMSGetValue', 'cmi.core.lesson_status', 'passed']]);
  assert.ok(!all.some((c) => c.name === 'LMSSetValue' && c.args[1] === 'incomplete'), 'a passed status is not set back to incomplete');
  assert.equal(record.data['cmi.core.score.raw'], '100', 'the better score of this launch replaces 75');
  assert.equal(all.find((c) => c.args[0] === 'cmi.suspend_data').result, saved);
  const before = JSON.parse(saved).c, now = JSON.parse(all.filter((c) => c.args[0] === 'cmi.suspend_data').at(-1).args[1]).c;
  for (const id of Object.keys(before)) assert.ok(now[id], `card ${id} of the first launch is still there`);
  const reviews = (entry) => (entry ? (entry.length - 3) / 2 : 0);
  for (const id of again) assert.equal(reviews(now[id]), reviews(before[id]) + 1, `card ${id}: the new answer is added to the old`);
  assert.ok(again.some((id) => before[id]) || Object.keys(now).length === Object.keys(before).length + 4);
  await page.goto('about:blank');
  const end = calls(await lmsRecord(page)).slice(-4);
  assert.deepEqual(end.map((c) => [c.name, c.args[0]]), [['LMSSetValue', 'cmi.core.session_time'],
    ['LMSSetValue', 'cmi.core.exit'], ['LMSCommit', ''], ['LMSFinish', '']]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('without an LMS the game plays and says scores are not being recorded', async () => {
  const { context, page, errors } = await openGame(browser, `${lms.url}/scorm.html`);
  await page.waitForFunction(() => /scores are not being recorded/.test(document.getElementById('lms-status').textContent));
  const gameFrame = await waitFor(() => page.frames().find((f) => f.url().includes('/index.html?')), 'the game frame', 10000);
  await waitForScreen(gameFrame, 'quiz');
  await screenshot(page, 'scorm-no-lms');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the stand-in LMS refuses wrong calls with Moodle\'s error codes', async () => {
  const { context, page } = await openGame(browser, `${lms.url}/lms.html?launch=about:blank`);
  const codes = await page.evaluate(() => {
    const api = window.API, out = {};
    const tryCall = (label, fn) => { fn(); out[label] = api.LMSGetLastError(); };
    tryCall('get before init', () => api.LMSGetValue('cmi.core.lesson_status'));
    tryCall('init with an argument', () => api.LMSInitialize('x'));
    api.LMSInitialize('');
    tryCall('init twice', () => api.LMSInitialize(''));
    tryCall('unknown element', () => api.LMSGetValue('cmi.core.nothing'));
    tryCall('read-only', () => api.LMSSetValue('cmi.core.student_id', 'me'));
    tryCall('write-only', () => api.LMSGetValue('cmi.core.exit'));
    tryCall('status vocabulary', () => api.LMSSetValue('cmi.core.lesson_status', 'done'));
    tryCall('score over 100', () => api.LMSSetValue('cmi.core.score.raw', '101'));
    tryCall('score with 3 decimals', () => api.LMSSetValue('cmi.core.score.raw', '83.333'));
    tryCall('timespan', () => api.LMSSetValue('cmi.core.session_time', '1:02:03'));
    tryCall('suspend_data too long', () => api.LMSSetValue('cmi.suspend_data', 'x'.repeat(4097)));
    tryCall('exit vocabulary', () => api.LMSSetValue('cmi.core.exit', 'bye'));
    tryCall('a good value', () => api.LMSSetValue('cmi.core.score.raw', '99.5'));
    api.LMSFinish('');
    tryCall('set after finish', () => api.LMSSetValue('cmi.core.score.raw', '1'));
    return out;
  });
  assert.deepEqual(codes, {
    'get before init': '301', 'init with an argument': '201', 'init twice': '101', 'unknown element': '201',
    'read-only': '403', 'write-only': '404', 'status vocabulary': '405', 'score over 100': '405', 'score with 3 decimals': '405', timespan: '405',
    'suspend_data too long': '405', 'exit vocabulary': '405', 'a good value': '0', 'set after finish': '301' });
  await context.close();
});

// The course page's H5P xAPI messages (as a site listening to H5P content reads them).
const h5p = (page) => page.evaluate(() => window.received.filter((m) => m.data && m.data.context === 'h5p'));

test('with xapi=1 the course page receives answered and completed statements in H5P\'s envelope; another origin none', async () => {
  const link = (origin) => `${game.url}/index.html?deck=crm-11-flashcards&mode=quiz&questions=2&types=mc&embed=1&xapi=1` +
    `&origin=${encodeURIComponent(origin)}`;
  // A page of a third origin embeds the same link (naming the course page's origin).
  const thirdPage = await openGame(browser, `${third.url}/course.html?game=${encodeURIComponent(link(course.url))}`);
  const { context, page, errors } = await openGame(browser, `${course.url}/course.html?game=${encodeURIComponent(link(course.url))}`);
  for (const opened of [{ page, frames: () => page.frames() }, { page: thirdPage.page, frames: () => thirdPage.page.frames() }]) {
    const frame = await waitFor(() => opened.frames().find((f) => f.url().startsWith(game.url)), 'the game frame', 10000);
    await answer(opened.page, frame, true);
    await answer(opened.page, frame, false);
    await waitForScreen(frame, 'quiz-results');
  }
  const statements = await waitFor(async () => { const s = await h5p(page); return s.length >= 3 && s; }, 'three statements', 10000);
  for (const s of statements) {
    assert.equal(s.origin, game.url);
    assert.equal(s.data.action, 'xAPI');
  }
  const verbs = statements.map((s) => s.data.statement.verb.id.split('/').pop());
  assert.deepEqual(verbs, ['answered', 'answered', 'completed']);
  assert.deepEqual(statements.slice(0, 2).map((s) => s.data.statement.result.success), [true, false]);
  const completed = statements[2].data.statement;
  assert.deepEqual(completed.result.score, { raw: 1, min: 0, max: 2, scaled: 0.5 });
  assert.equal(completed.result.completion, true);
  assert.match(completed.object.id, /index\.html\?deck=crm-11-flashcards&mode=quiz$/);
  assert.equal(statements[0].data.statement.context.contextActivities.parent[0].id, completed.object.id);
  // The game's own messages still come, next to the statements.
  assert.ok((await page.evaluate(() => window.received.filter((m) => m.data.type === 'completed').length)) >= 1);
  assert.deepEqual(await h5p(thirdPage.page), [], 'nothing for a page of another origin');
  assert.deepEqual(errors, []);
  await context.close();
  await thirdPage.context.close();
});

test('Embed / share gives the SCORM command for the mode, which builds a package, and the xAPI choice', async () => {
  const { context, page, errors } = await openGame(browser, `${game.url}/?deck=crm-11-flashcards&mode=quiz&questions=3&types=mc`);
  await waitForScreen(page, 'quiz');
  await clickWidget(page, 'share-mode');
  let snap = await waitForScreen(page, 'share');
  assert.match(snap.state.scorm, /^study-deck scorm --deck decks\/crm-11-flashcards\.json --mode quiz .*--questions 3 .*--mastery 70 -o crm-11-flashcards-quiz\.zip$/);
  // The command, as a teacher would run it in the source folder (decks/ there).
  const [, ...args] = snap.state.scorm.split(' ');
  await symlink(join(root, 'decks'), join(work, 'decks'));
  execFileSync(studyDeck, [...args, '--site', siteDir], { cwd: work, stdio: 'ignore' });
  assert.ok(execFileSync('unzip', ['-Z1', join(work, 'crm-11-flashcards-quiz.zip')], { encoding: 'utf8' }).includes('imsmanifest.xml'));
  // xAPI statements are offered once a course page's origin is given.
  assert.ok(!snap.widgets.some((w) => w.id === 'share-xapi'));
  await clickWidget(page, 'share-origin');
  await page.keyboard.type('https://school.example', { delay: 10 });
  // Once the whole origin is in (the choice shows with its first letters, and moves while
  // the embed code below it grows).
  snap = await waitForSnapshot(page, (s) => s.widgets.some((w) => w.id === 'share-xapi') &&
                                            /origin=https:\/\/school\.example"/.test(s.state.iframe), 'the xAPI choice');
  await clickWidget(page, 'share-xapi');
  snap = await waitForSnapshot(page, (s) => /xapi=1/.test(s.state.iframe), 'xapi=1 in the embed code');
  assert.match(snap.state.iframe, /origin=https:\/\/school\.example&amp;xapi=1"/);
  await screenshot(page, 'scorm-share');
  assert.deepEqual(errors, []);
  await context.close();
});
