// page.js: the script of the thin page around the Study Arcade WebAssembly build
// (index.html). In a file of its own, so that the page runs under a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval'; see the README).
// - loads game.js with a loading indicator, or says plainly why the game cannot run;
// - keeps the browser's own keys, gives the canvas focus on a click (iframes);
// - the file picker and the clipboard's text (Ctrl+V) for importing decks;
// - launch links and embedding (docs/embedding.md): hands the page's URL parameters to
//   the game, fetches a deck given by address, posts the game's messages to the
//   embedding page (only to the origin the link allows) and passes on the messages of
//   that origin; copy to the clipboard and fullscreen for the game;
// - a phone's keyboard for the game's text boxes (see "Phone keyboard" below);
// - window.studyArcade.snapshot(): the automation snapshot (see DESIGN.md);
// - offline and install: registers the service worker (sw.js) once the game is on screen,
//   in a page of its own only (not in a course page's or the SCORM player's iframe).
(function () {
  'use strict';
  var canvas = document.getElementById('canvas');
  var overlay = document.getElementById('overlay');
  var statusText = document.getElementById('status');

  // The build's files under their hashed names (index.html's meta, written by
  // tools/finish_site.py): game.js -> game.<hash>.js, and so on; a plain name otherwise.
  var files = {};
  try {
    var fileList = document.querySelector('meta[name="study-arcade-files"]');
    files = JSON.parse((fileList && fileList.content) || '{}');
  } catch (e) { files = {}; }
  function locate(path) { return files[path] || path; }
  var buildMeta = document.querySelector('meta[name="study-arcade-build"]');

  // A launch link to a shipped deck (?deck=ID, a course page's embed): the deck's file
  // (decks/ID.json) is fetched with game.wasm, not after the game has started; the game
  // takes this answer when it asks for the file (host_web.cpp page_fetch_data_file).
  var earlyDataFiles = {};
  try {
    var linkedDeck = new URLSearchParams(window.location.search).get('deck');
    var deckFile = linkedDeck && 'decks/' + linkedDeck + '.json';
    if (deckFile && files[deckFile] && window.fetch) earlyDataFiles[deckFile] = fetch(files[deckFile]);
  } catch (e) { earlyDataFiles = {}; }

  // Storage read ahead. The game keeps the user's decks and progress in IndexedDB
  // (emscripten's IDBFS: database "/user", version 21, store FILE_DATA with a "timestamp"
  // index). Reading it takes several round trips, each waiting for the main thread, which
  // is busy once the game makes its window. Started here, they are done while game.wasm
  // downloads and compiles; the game's first read takes this answer (host_web.cpp checks
  // that its IDBFS uses the same database, else it reads as before). Resolves to null when
  // the browser refuses storage: the game then asks itself and says why on screen.
  function readStorageAhead() {
    return new Promise(function (resolve) {
      var request;
      try { request = indexedDB.open('/user', 21); } catch (e) { resolve(null); return; }
      var made = false;  // made just now (a first visit): nothing in it to read
      request.onupgradeneeded = function (e) {  // made as IDBFS.getDB makes it
        made = !e.oldVersion;
        var db = request.result;
        var store = db.objectStoreNames.contains('FILE_DATA') ? request.transaction.objectStore('FILE_DATA')
                                                               : db.createObjectStore('FILE_DATA');
        if (!store.indexNames.contains('timestamp')) store.createIndex('timestamp', 'timestamp', { unique: false });
      };
      request.onerror = function (e) { e.preventDefault(); resolve(null); };
      request.onsuccess = function () {
        var db = request.result;
        var failed = function (e) { if (e) e.preventDefault(); db.close(); resolve(null); };
        var read = function (keys, entries) {
          performance.mark('storage read ahead');
          resolve({ name: '/user', version: 21, store: 'FILE_DATA', db: db, keys: keys, entries: entries });
        };
        if (made) { read([], []); return; }
        try {
          var store = db.transaction(['FILE_DATA'], 'readonly').objectStore('FILE_DATA');
          var keys = store.getAllKeys(), entries = store.getAll();  // both in key order
          entries.onsuccess = function () { read(keys.result, entries.result); };
          entries.onerror = failed;
        } catch (e) { failed(); }
      };
    });
  }
  var storageReadAhead = window.indexedDB ? readStorageAhead() : null;

  var pageError = null;  // a message shown instead of the game (no WebGL2, failed download...)
  function showError(message) {
    pageError = message;
    overlay.hidden = false;
    overlay.classList.add('error');
    statusText.textContent = message;
  }

  // The browser keeps these keys: stop them before SDL's handlers (which would call
  // preventDefault on every F-key and Ctrl combination).
  function isBrowserKey(e) {
    if (e.key === 'F5' || e.key === 'F11' || e.key === 'F12') return true;
    if (e.ctrlKey || e.metaKey) {
      var k = (e.key || '').toLowerCase();
      return k === 'r' || k === 'l' || k === 't' || k === 'w' || k === 'n' || k === 'tab' ||
             k === '+' || k === '-' || k === '=' || k === '0' || (e.shiftKey && (k === 'i' || k === 'j'));
    }
    return false;
  }
  // Ctrl+V / Cmd+V too: the browser then fires a paste event with the clipboard's text,
  // which is handed to the game below (SDL would swallow the key and the paste).
  function isPasteKey(e) { return (e.ctrlKey || e.metaKey) && (e.key || '').toLowerCase() === 'v'; }
  // Tab on the canvas leaves it for the accessibility layer (a11y.js), unless the game
  // wants typed text (the paste box takes tabs).
  function isTabOut(e) {
    return e.key === 'Tab' && !e.ctrlKey && !e.metaKey && !e.altKey && e.target === canvas && window.Module &&
           Module._study_arcade_wants_text && !Module._study_arcade_wants_text();
  }
  ['keydown', 'keyup', 'keypress'].forEach(function (type) {
    window.addEventListener(type, function (e) {
      if (isBrowserKey(e) || isPasteKey(e) || isTabOut(e)) e.stopImmediatePropagation();
    }, true);
  });

  // Calls an exported C function with a string argument (on the heap: files can be big).
  function callWithString(fn) {
    var args = Array.prototype.slice.call(arguments, 1);
    var pointers = args.map(function (text) {
      var size = Module.lengthBytesUTF8(text) + 1;
      var pointer = Module._malloc(size);
      Module.stringToUTF8(text, pointer, size);
      return pointer;
    });
    try { fn.apply(null, pointers); } finally { pointers.forEach(function (p) { Module._free(p); }); }
  }

  document.addEventListener('paste', function (e) {
    if (e.target === textField) return;  // the phone keyboard's field takes it itself (an input event follows)
    var text = e.clipboardData && e.clipboardData.getData('text/plain');
    if (!text || !window.Module || !Module._study_arcade_paste) return;
    e.preventDefault();
    callWithString(Module._study_arcade_paste, text);
  });

  // A tab switched away from, a phone's home screen, a closed tab: what was answered since
  // the last timed save is written to the browser's storage now.
  var pageHidden = function () { if (window.Module && Module._study_arcade_page_hidden) Module._study_arcade_page_hidden(); };
  document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') pageHidden(); });
  window.addEventListener('pagehide', pageHidden);

  var picker = document.getElementById('file-picker');
  picker.addEventListener('change', function () {
    var file = picker.files && picker.files[0];
    if (!file) return;
    // The bytes as they are (not file.text(), which would hide bad UTF-8 from the check).
    file.arrayBuffer().then(function (buffer) {
      var bytes = new Uint8Array(buffer);
      var data = Module._malloc(Math.max(1, bytes.length));
      Module.HEAPU8.set(bytes, data);
      try {
        callWithString(function (name) { Module._study_arcade_import_file(name, data, bytes.length); }, file.name);
      } finally { Module._free(data); }
    }, function () {
      callWithString(function (name) { Module._study_arcade_import_file(name, 0, 0); }, file.name);
    }).finally(function () { picker.value = ''; });
  });

  // SDL prevents the default of mouse and touch events, which also prevents the focus
  // change: give focus to the canvas ourselves (needed inside an iframe). Not for a
  // finger on one of the game's text boxes: the phone keyboard's field takes it below.
  function takeFocus() { window.focus(); canvas.focus({ preventScroll: true }); }
  canvas.addEventListener('pointerdown', function (e) {
    if (!(isTouch(e) && textFieldAt(e.clientX, e.clientY))) takeFocus();
  }, true);
  canvas.addEventListener('touchstart', function (e) {
    var t = e.changedTouches && e.changedTouches[0];
    if (!(t && textFieldAt(t.clientX, t.clientY))) takeFocus();
  }, { capture: true, passive: true });
  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });

  // ---- Phone keyboard (../shared/BROWSER_NOTES.md) ----
  // A canvas never brings a phone's keyboard up; a focused DOM text field does. The game
  // publishes where its text boxes are; a tap on one focuses #text-field at once, inside
  // the tap's own event handler (iOS opens the keyboard only then), over that box. Every
  // `input` event hands the field's whole value and caret to the game (IME, autocorrect
  // and swipe typing compose text without key events). SDL listens for keys on the
  // canvas only (SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT), so nothing is typed twice. A
  // mouse keeps typing into the canvas as before.
  var textField = document.getElementById('text-field');
  var editing = null;  // the game's text box the field stands for: {id, multiline, ...}

  function isTouch(e) { return e.pointerType === 'touch' || e.pointerType === 'pen'; }
  function textFields() {
    if (!window.Module || !Module._study_arcade_text_fields_json) return [];
    try { return JSON.parse(Module.UTF8ToString(Module._study_arcade_text_fields_json())); } catch (e) { return []; }
  }
  // The game's text box (or, with kind 'speak', Read aloud button) under the point
  // (client coordinates), or null.
  function textFieldAt(x, y, kind) {
    var box = canvas.getBoundingClientRect();
    var fields = textFields();
    for (var i = 0; i < fields.length; i++) {
      var f = fields[i], left = box.left + f.x, top = box.top + f.y;
      if ((f.kind === 'speak') !== (kind === 'speak')) continue;
      if (x >= left && x < left + f.w && y >= top && y < top + f.h) return f;
    }
    return null;
  }
  function placeTextField(f) {
    var box = canvas.getBoundingClientRect();
    textField.style.left = (box.left + f.x) + 'px';
    textField.style.top = (box.top + f.y) + 'px';
    textField.style.width = Math.max(10, f.w) + 'px';
    textField.style.height = Math.max(10, f.h) + 'px';
  }
  function openTextField(f) {
    editing = f;
    textField.value = f.value;
    textField.setAttribute('enterkeyhint', f.multiline ? 'enter' : 'done');
    textField.removeAttribute('aria-hidden');  // hidden from screen readers while closed (a11y.js has their boxes)
    placeTextField(f);
    textField.focus({ preventScroll: true });
    var end = textField.value.length;
    try { textField.setSelectionRange(end, end); } catch (e) { /* not focused after all */ }
    document.body.classList.add('typing');
  }
  function closeTextField() {
    editing = null;
    textField.style.left = '-1000px';
    textField.setAttribute('aria-hidden', 'true');
    document.body.classList.remove('typing');
    fitToKeyboard();
  }
  // A tap that ends on a text box: the field, focused now (once per box).
  function tapEnded(x, y) {
    var f = textFieldAt(x, y);
    if (!f) return;
    if (editing && editing.id === f.id && document.activeElement === textField) return;
    openTextField(f);
  }
  canvas.addEventListener('pointerup', function (e) {
    if (isTouch(e)) tapEnded(e.clientX, e.clientY);
    // Read aloud: speech starts here, in the click's own handler (the game's click comes
    // a frame later, where browsers refuse it).
    var speaker = e.button === 0 && textFieldAt(e.clientX, e.clientY, 'speak');
    if (speaker && window.studyArcadeAccessibility) window.studyArcadeAccessibility.speak(speaker.value, speaker.hint);
  }, true);
  canvas.addEventListener('touchend', function (e) {
    var t = e.changedTouches && e.changedTouches[0];
    if (t) tapEnded(t.clientX, t.clientY);
  }, { capture: true, passive: true });

  function sendText() {
    if (!editing || !Module._study_arcade_text_input) return;
    var value = textField.value, enter = false;
    if (!editing.multiline && /[\r\n]/.test(value)) {  // a keyboard's Enter that came as text
      value = value.replace(/[\r\n]+/g, '');
      textField.value = value;
      enter = true;
    }
    var caret = Math.min(textField.selectionEnd == null ? value.length : textField.selectionEnd, value.length);
    var caretBytes = Module.lengthBytesUTF8(value.slice(0, caret));
    callWithString(function (id, text) { Module._study_arcade_text_input(id, text, caretBytes); }, editing.id, value);
    if (enter) pressKey(1);
  }
  // Enter (1) or Escape (2) for the game; the keyboard goes away and the canvas has the keys again.
  function pressKey(which) {
    closeTextField();
    takeFocus();
    if (window.Module && Module._study_arcade_text_key) Module._study_arcade_text_key(which);
  }
  textField.addEventListener('input', sendText);
  textField.addEventListener('keydown', function (e) {
    if (!editing || e.isComposing || e.keyCode === 229) return;
    if (e.key === 'Enter' && !editing.multiline) { e.preventDefault(); pressKey(1); }
    else if (e.key === 'Escape') { e.preventDefault(); pressKey(2); }
  });
  document.addEventListener('selectionchange', function () {  // the caret moved (a finger, arrow keys)
    if (editing && document.activeElement === textField) sendText();
  });
  textField.addEventListener('blur', function () { if (editing) closeTextField(); });

  // The keyboard covers the lower part of the screen and shrinks the visual viewport
  // (iOS, recent Chrome): the canvas follows it, so the game lays the screen out above
  // the keyboard and keeps the box with the caret in view.
  var fitted = false;
  function fitToKeyboard() {
    var vv = window.visualViewport;
    if (!vv) return;
    var covered = editing && vv.height < window.innerHeight - 80;
    if (covered) {
      canvas.style.top = Math.round(vv.offsetTop) + 'px';
      canvas.style.height = Math.round(vv.height) + 'px';
      fitted = true;
    } else if (fitted) {
      canvas.style.top = '';
      canvas.style.height = '';
      fitted = false;
    } else {
      return;
    }
    window.dispatchEvent(new Event('resize'));  // SDL reads the canvas size on window resizes
    if (editing) setTimeout(function () {  // the box moved with the new layout
      var f = textFields().filter(function (g) { return editing && g.id === editing.id; })[0];
      if (f) placeTextField(f);
    }, 100);
  }
  if (window.visualViewport) {
    window.visualViewport.addEventListener('resize', fitToKeyboard);
    window.visualViewport.addEventListener('scroll', fitToKeyboard);
  }

  // ---- Launch links and embedding (docs/embedding.md) ----
  var params = new URLSearchParams(window.location.search);
  // The page allowed to receive results and to send messages ('' = none, '*' = any).
  var allowedOrigin = params.get('origin') || '';
  var inFrame = window.parent !== window;
  var messages = [];  // every message the game posted (window.studyArcade.messages)

  function postToHost(text) {
    var message = JSON.parse(text);
    messages.push(message);
    if (!inFrame) return;
    if (allowedOrigin) window.parent.postMessage(message, allowedOrigin);
    else if (message.type === 'resize') window.parent.postMessage(message, '*');  // no result in it
  }

  window.addEventListener('message', function (e) {
    if (!allowedOrigin || e.source !== window.parent) return;
    if (allowedOrigin !== '*' && e.origin !== allowedOrigin) return;
    var data = e.data;
    if (!data || typeof data !== 'object' || typeof data.type !== 'string') return;
    if (window.Module && Module._study_arcade_page_message) callWithString(Module._study_arcade_page_message, JSON.stringify(data));
  });

  function fetchDeck(url) {
    fetch(url, { mode: 'cors', credentials: 'omit' }).then(function (response) {
      if (!response.ok) throw new Error('the server answered ' + response.status + ' ' + response.statusText);
      return response.arrayBuffer();
    }).then(function (buffer) {
      var bytes = new Uint8Array(buffer);
      var data = Module._malloc(Math.max(1, bytes.length));
      Module.HEAPU8.set(bytes, data);
      try {
        callWithString(function (u, e) { Module._study_arcade_remote_deck(u, data, bytes.length, e); }, url, '');
      } finally { Module._free(data); }
    }).catch(function (error) {
      var why = error && error.message && error.message.indexOf('server answered') >= 0 ? error.message :
        'the address could not be reached, or its server does not let other sites read it (CORS)';
      callWithString(function (u, e) { Module._study_arcade_remote_deck(u, 0, 0, e); }, url, why);
    });
  }

  // Copy: the Clipboard API, or a hidden text area where it is not allowed (an iframe
  // without clipboard-write, an old browser).
  function copyText(text) {
    function fallback() {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      try { document.execCommand('copy'); } catch (e) { /* nothing more to try */ }
      area.remove();
      takeFocus();
    }
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(fallback);
    else fallback();
  }

  function toggleFullscreen() {
    if (document.fullscreenElement) document.exitFullscreen().catch(function () {});
    else if (document.documentElement.requestFullscreen) document.documentElement.requestFullscreen().catch(function () {});
  }

  // The service worker keeps this build for the next visits, with or without a network
  // (sw.js). Registered once the game is on screen, so that filling its cache does not
  // slow the first start. Only in a page of its own: inside a course page or an LMS the
  // page around the game needs the network anyway, the cache would belong to that site
  // (browsers partition it) and filling it would cost the teacher's page the whole build.
  // Without it (http:// other than localhost, storage blocked) the game needs the network.
  function registerServiceWorker() {
    var topLevel = false;
    try { topLevel = window.top === window.self; } catch (e) { topLevel = false; }
    if (!topLevel || !buildMeta || !('serviceWorker' in navigator) || !window.isSecureContext) return;
    navigator.serviceWorker.register('sw.js').catch(function (error) {
      console.warn('Study Arcade: no offline copy (' + (error && error.message || error) + ')');
    });
  }

  window.studyArcade = {
    firstFrameMs: null,
    build: buildMeta ? buildMeta.content : null,  // the build's hash (build-manifest.json's "build")
    messages: messages,
    // True while imported decks are being written to the browser's storage.
    storageBusy: function () { return !!(window.Module && Module.userStorage && Module.userStorage.syncing); },
    // The open deck's progress as text of at most maxChars characters (an LMS's
    // cmi.suspend_data; web/scorm.js), '' before a deck is open; and back (true if taken).
    packProgress: function (maxChars) {
      if (!window.Module || !Module._study_arcade_progress_pack) return '';
      return Module.UTF8ToString(Module._study_arcade_progress_pack(maxChars || 4096));
    },
    restoreProgress: function (text) {
      if (!text || !window.Module || !Module._study_arcade_progress_restore) return false;
      var taken = false;
      callWithString(function (p) { taken = Module._study_arcade_progress_restore(p) === 1; }, String(text));
      return taken;
    },
    // Writes what was answered since the last timed save, as leaving the page does.
    keepProgressNow: function () { pageHidden(); },
    // The automation snapshot: { screen, widgets: [{id, label, x, y, w, h, enabled}], state }
    // with rectangles in CSS pixels relative to the viewport.
    snapshot: function () {
      if (pageError) return { screen: 'error', widgets: [], state: { message: pageError } };
      if (!window.Module || !Module._study_arcade_snapshot_json) return { screen: 'loading', widgets: [], state: {} };
      var snap = JSON.parse(Module.UTF8ToString(Module._study_arcade_snapshot_json()));
      var box = canvas.getBoundingClientRect();
      snap.widgets.forEach(function (w) { w.x += box.left; w.y += box.top; });
      return snap;
    }
  };

  // The game's WebGL2 context, made while game.wasm compiles:
  // making one takes 100-200 ms (much more with a software GPU), which the game would
  // otherwise spend after it has started. SDL then gets this same context back (the
  // attributes are those SDL asks for: no alpha, a depth buffer, no stencil, no
  // antialiasing). The canvas gets the size SDL gives it (its CSS size times the pixel
  // ratio, cut to whole pixels), and size writes take effect at the end of the script
  // that makes them, if they change the size: SDL's window set-up sets 1x1 (to find out
  // whether CSS sizes the canvas) and then the same size again, and each real change of
  // a live context's drawing buffer costs as much as a new context.
  function makeContextEarly() {
    var box = canvas.getBoundingClientRect(), ratio = window.devicePixelRatio || 1;
    canvas.width = Math.trunc(box.width * ratio);
    canvas.height = Math.trunc(box.height * ratio);
    try {
      var gl = canvas.getContext('webgl2', { alpha: false, depth: true, stencil: false, antialias: false,
                                             premultipliedAlpha: true, preserveDrawingBuffer: false });
      // The game's shader program is compiled and linked by the GPU process meanwhile
      // (src/platform/web_renderer.js): the game takes it when it starts.
      if (gl && Module.startShaderProgram) Module.startShaderProgram(gl);
    } catch (e) { /* the game makes it itself, and says so if it cannot */ }
    performance.mark('WebGL2 context made');
    ['width', 'height'].forEach(function (side) {
      var real = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, side);
      var pending = null;
      var apply = function () {
        var value = pending;
        pending = null;
        if (real.get.call(canvas) !== value) real.set.call(canvas, value);
      };
      Object.defineProperty(canvas, side, {
        configurable: true,
        get: function () { return pending !== null ? pending : real.get.call(canvas); },
        set: function (value) {
          if (pending === null) Promise.resolve().then(apply);
          pending = value >>> 0;
        }
      });
    });
  }

  // Without WebGL2 the game cannot draw: say so instead of a blank canvas. Only the API is
  // checked here; the context is made once game.js runs (makeContextEarly), and the game
  // says, through printErr, when the browser refuses it.
  var noWebGL2 = 'Study Arcade needs WebGL2, which this browser does not offer (or has turned off). ' +
                 'Try a current Firefox, Chrome, Edge or Safari, or turn on hardware acceleration.';
  if (typeof WebGL2RenderingContext === 'undefined') {
    showError(noWebGL2);
    return;
  }

  window.Module = {
    canvas: canvas,
    storageReadAhead: storageReadAhead,  // taken once by the game (host_web.cpp)
    locateFile: locate,  // game.wasm, game.data, the font packs and the decks under their hashed names
    earlyDataFiles: earlyDataFiles,
    callWithString: callWithString,  // for the game's own JavaScript too (host_web.cpp)
    print: function (text) { console.log(text); },
    printErr: function (text) {
      console.warn(text);
      if (/could not (create an OpenGL context|open a window)/.test(text)) showError(noWebGL2);  // main.cpp
    },
    setStatus: function (text) {
      if (!text) return;
      var m = text.match(/\((\d+(\.\d+)?)\/(\d+)\)/);
      statusText.textContent = m ? 'Loading Study Arcade… ' + Math.round(100 * m[1] / m[3]) + '%' : 'Loading Study Arcade…';
    },
    onRuntimeInitialized: function () { performance.mark('wasm and data ready'); },
    onFirstFrame: function () {
      window.studyArcade.firstFrameMs = performance.now();  // ms since navigation start
      overlay.hidden = true;
      takeFocus();
      registerServiceWorker();
    },
    openFilePicker: function () { picker.click(); },
    arguments: ['--link', window.location.search.replace(/^\?/, ''),
                '--page-url', window.location.origin + window.location.pathname].concat(
                document.fullscreenEnabled ? [] : ['--no-fullscreen'],
                window.speechSynthesis && window.SpeechSynthesisUtterance ? [] : ['--no-speech'],
                window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches ? ['--reduced-motion'] : []),
    postToHost: postToHost,
    copyText: copyText,
    toggleFullscreen: toggleFullscreen,
    fetchDeck: fetchDeck,
    updateAccessibility: function (json) { if (window.studyArcadeAccessibility) window.studyArcadeAccessibility.update(json); },
    onAbort: function (what) {
      showError('Study Arcade stopped because of an error (' + what + '). Reload the page to start again.');
    }
  };
  window.addEventListener('error', function (e) {
    if (overlay.hidden === false && !window.studyArcade.firstFrameMs) showError('Study Arcade could not start: ' + e.message);
  });

  var script = document.createElement('script');
  script.src = locate('game.js');
  script.async = true;
  // game.js has started compiling game.wasm (in the background): the context is made
  // meanwhile, unless the game has started already (it then made its own).
  script.onload = function () {
    performance.mark('game.js run');
    if (!window.Module.calledRun) makeContextEarly();
  };
  script.onerror = function () { showError('Study Arcade could not be downloaded. Check the connection and reload.'); };
  document.body.appendChild(script);
})();
