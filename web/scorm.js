// scorm.js: the script of a SCORM 1.2 package's launch page (scorm.html; the package is
// built by `study-deck scorm`, docs/embedding.md). In order:
// - finds the LMS's API object: window.parent after window.parent (at most 500 steps),
//   then the same from window.top.opener; frames of another origin are skipped;
// - LMSInitialize(""); a first launch ("not attempted") is set to "incomplete";
// - reads scorm-settings.json (deck, mode, options, mastery score) and opens the game
//   (index.html) in the iframe with the deck, the mode, embed=1 and origin = this page;
// - when the game is ready, gives it back the progress kept in cmi.suspend_data;
// - after each scored move: cmi.suspend_data (the deck's progress, packed to at most
//   4,096 characters by the game) and LMSCommit;
// - when a round, pass or quiz is over: cmi.core.score.raw (the percent, 0-100) with
//   score.min 0 and score.max 100, and cmi.core.lesson_status passed / failed against the
//   mastery score (the LMS's cmi.student_data.mastery_score, else the package's), or
//   completed without one (only the package's mode counts: a student who goes to the
//   deck and plays another mode is not graded on it). A lower score later in the same
//   session does not replace a better one;
// - when the page goes away (pagehide): cmi.core.session_time (HHHH:MM:SS.SS),
//   cmi.core.exit ("suspend" while not finished, "" after), the progress, LMSCommit and
//   LMSFinish("");
// - without an LMS: the game plays as a plain page and the status line says that scores
//   are not being recorded.
// window.studyArcadeScorm tells tests what happened (lms found, errors, restored).
(function () {
  'use strict';
  var statusLine = document.getElementById('lms-status');
  var frame = document.getElementById('game');
  var SUSPEND_LIMIT = 4096;
  var started = Date.now();
  var state = window.studyArcadeScorm = { lms: false, errors: [], restored: null, finished: false };

  function say(text, kind) {
    statusLine.textContent = text;
    statusLine.className = kind || '';
  }

  // ---- Finding the API (SCORM 1.2 run-time environment, 3.3.6.1) ----
  function apiOf(win) {
    try { return win.API && typeof win.API.LMSInitialize === 'function' ? win.API : null; } catch (e) { return null; }
  }
  function searchUp(win) {
    for (var steps = 0; win && steps < 500; steps++) {
      var api = apiOf(win);
      if (api) return api;
      var parent;
      try { parent = win.parent; } catch (e) { return null; }
      if (!parent || parent === win) return null;
      win = parent;
    }
    return null;
  }
  function findApi() {
    var api = searchUp(window.parent !== window ? window.parent : null);
    if (api) return api;
    try { if (window.top && window.top.opener) return searchUp(window.top.opener); } catch (e) { /* another origin */ }
    return null;
  }

  var api = findApi();

  function lmsError(call) {
    var code = String(api.LMSGetLastError());
    var message = code + ' ' + String(api.LMSGetErrorString(code));
    state.errors.push(call + ': ' + message);
    console.warn('Study Arcade: the LMS refused ' + call + ' (error ' + message + ')');
  }
  function get(name) {
    var value = String(api.LMSGetValue(name));
    if (String(api.LMSGetLastError()) !== '0') { lmsError('LMSGetValue("' + name + '")'); return ''; }
    return value;
  }
  function set(name, value) {
    var ok = String(api.LMSSetValue(name, String(value))) === 'true';
    if (!ok) lmsError('LMSSetValue("' + name + '")');
    return ok;
  }
  function commit() { if (String(api.LMSCommit('')) !== 'true') lmsError('LMSCommit'); }

  var finishedGame = false;  // a round, pass or quiz was finished in this session
  var bestPercent = null;    // the best score in the LMS (this attempt's)
  var mastery = null;
  var suspendData = '';
  var packageMode = '';      // the package's mode: only its scores are reported

  if (api) {
    if (String(api.LMSInitialize('')) === 'true') {
      state.lms = true;
      var status = get('cmi.core.lesson_status');
      if (status === 'not attempted' || status === '') set('cmi.core.lesson_status', 'incomplete');
      finishedGame = status === 'passed' || status === 'completed' || status === 'failed';
      var raw = get('cmi.core.score.raw');
      if (raw !== '' && !isNaN(Number(raw))) bestPercent = Number(raw);
      var lmsMastery = get('cmi.student_data.mastery_score');
      if (lmsMastery !== '' && !isNaN(Number(lmsMastery))) mastery = Number(lmsMastery);
      suspendData = get('cmi.suspend_data');
      say('Your score is sent to the course.');
    } else {
      lmsError('LMSInitialize');
      api = null;
      say('The course system (LMS) did not accept the connection: you can play, but scores are not being recorded.', 'error');
    }
  } else {
    say('No course system (LMS) was found: you can play, but scores are not being recorded.', 'warning');
  }

  function game() { try { return frame.contentWindow.studyArcade || null; } catch (e) { return null; } }
  function saveProgress() {
    var arcade = game();
    if (!api || !arcade || !arcade.packProgress) return;
    var packed = arcade.packProgress(SUSPEND_LIMIT);
    if (packed && packed.length <= SUSPEND_LIMIT && packed !== suspendData && set('cmi.suspend_data', packed)) suspendData = packed;
  }

  function reportScore(message) {
    if (!api || !(message.maxScore > 0)) return;
    var percent = Math.max(0, Math.min(100, Math.round(1000 * message.score / message.maxScore) / 10));
    finishedGame = true;
    if (bestPercent !== null && percent < bestPercent) return;  // the better score stays
    bestPercent = percent;
    set('cmi.core.score.min', '0');
    set('cmi.core.score.max', '100');
    set('cmi.core.score.raw', String(percent));
    set('cmi.core.lesson_status', mastery === null ? 'completed' : percent >= mastery ? 'passed' : 'failed');
  }

  window.addEventListener('message', function (e) {
    if (e.source !== frame.contentWindow || e.origin !== window.location.origin) return;
    var message = e.data;
    if (!message || message.source !== 'study-arcade') return;
    if (message.type === 'ready') {
      if (api && suspendData && game()) {
        state.restored = game().restoreProgress(suspendData);
        if (!state.restored) console.warn('Study Arcade: the progress kept by the LMS could not be read; starting afresh.');
      }
    } else if (message.type === 'progress' || message.type === 'completed') {
      if (message.type === 'completed' && message.mode === packageMode) reportScore(message);
      saveProgress();
      if (api) commit();
    } else if (message.type === 'error') {
      say('This package\'s link has a problem: ' + (message.problems || []).map(function (p) { return p.message; }).join(' '), 'error');
    }
  });

  // HHHH:MM:SS.SS (CMITimespan).
  function timespan(ms) {
    var hundredths = Math.floor(ms / 10);
    var pad = function (n, width) { n = String(n); while (n.length < width) n = '0' + n; return n; };
    var hours = Math.min(9999, Math.floor(hundredths / 360000));
    return pad(hours, 4) + ':' + pad(Math.floor(hundredths / 6000) % 60, 2) + ':' +
           pad(Math.floor(hundredths / 100) % 60, 2) + '.' + pad(hundredths % 100, 2);
  }

  function finish() {
    if (!api || state.finished) return;
    state.finished = true;
    saveProgress();
    set('cmi.core.session_time', timespan(Date.now() - started));
    set('cmi.core.exit', finishedGame ? '' : 'suspend');
    commit();
    if (String(api.LMSFinish('')) !== 'true') lmsError('LMSFinish');
  }
  window.addEventListener('pagehide', finish);
  window.addEventListener('beforeunload', finish);

  // ---- The game ----
  fetch('scorm-settings.json', { credentials: 'same-origin' }).then(function (response) {
    if (!response.ok) throw new Error('scorm-settings.json: ' + response.status);
    return response.json();
  }).then(function (settings) {
    if (mastery === null && typeof settings.mastery === 'number') mastery = settings.mastery;
    if (settings.title) document.title = settings.title;
    packageMode = settings.mode;
    var query = new URLSearchParams();
    query.set('deck', new URL(settings.deck, window.location.href).href);
    query.set('mode', settings.mode);
    Object.keys(settings.options || {}).forEach(function (name) { query.set(name, settings.options[name]); });
    query.set('embed', '1');
    query.set('origin', window.location.origin);
    frame.src = 'index.html?' + query.toString();
  }).catch(function (error) {
    say('This package is damaged (' + error.message + '): ask your teacher to upload it again.', 'error');
  });
})();
