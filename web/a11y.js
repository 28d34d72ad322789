// a11y.js: the accessibility layer of the page (index.html). Dear ImGui draws into a
// canvas that screen readers cannot read, so the game describes each screen when its
// content changes (not every frame): the heading, the text on screen (prompt, card,
// feedback, score), and its controls (buttons, text boxes). This file keeps real DOM
// elements for them in #a11y-layer (out of sight, but in the accessibility tree and in
// the Tab order right after the canvas), says feedback in the polite live region
// #a11y-live, and routes activation back: a button here clicks the same widget on the
// canvas (mouse events at its rectangle); a text box here hands its text to the game.
// Keyboard users who can see get a focus ring (#focus-ring) over the widget. Also reading
// aloud (speak), for this layer's and the canvas's "Read aloud" buttons.
(function () {
  'use strict';
  var canvas = document.getElementById('canvas');
  var layer = document.getElementById('a11y-layer');
  var live = document.getElementById('a11y-live');
  var ring = document.getElementById('focus-ring');

  var heading = document.createElement('h1');
  var texts = document.createElement('div');
  var controls = document.createElement('div');
  controls.setAttribute('role', 'group');
  controls.setAttribute('aria-label', 'Controls');
  layer.append(heading, texts, controls);

  var controlElements = {};  // by widget id
  var liveCount = 0;

  function callWithString(fn, strings, extra) {
    var pointers = strings.map(function (text) {
      var size = Module.lengthBytesUTF8(text) + 1;
      var pointer = Module._malloc(size);
      Module.stringToUTF8(text, pointer, size);
      return pointer;
    });
    try { fn.apply(null, pointers.concat(extra || [])); } finally { pointers.forEach(function (p) { Module._free(p); }); }
  }

  // The widget's rectangle now (client coordinates), from the automation snapshot.
  function widgetRect(id) {
    var snap = window.studyArcade && window.studyArcade.snapshot();
    var widgets = (snap && snap.widgets) || [];
    for (var i = 0; i < widgets.length; i++) if (widgets[i].id === id) return widgets[i];
    return null;
  }

  // The same click a mouse would make on the canvas, at the widget's centre.
  function activate(id) {
    var w = widgetRect(id);
    if (!w) return;
    var x = w.x + w.w / 2, y = w.y + w.h / 2;
    ['mousemove', 'mousedown', 'mouseup'].forEach(function (type) {
      canvas.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, button: 0, buttons: type === 'mousedown' ? 1 : 0,
                                                  bubbles: true, cancelable: true, view: window }));
    });
  }

  function sendText(id, field) {
    if (!window.Module || !Module._study_arcade_text_input) return;
    var value = field.value;
    var caret = Math.min(field.selectionEnd == null ? value.length : field.selectionEnd, value.length);
    var bytes = Module.lengthBytesUTF8(value.slice(0, caret));
    callWithString(Module._study_arcade_text_input, [id, value], [bytes]);
  }

  // Reads `text` aloud in `language` (BCP 47) with the Web Speech API. Called from a
  // click's own handler: browsers refuse speech started elsewhere (the game loop). Long
  // text goes sentence by sentence (some voices stop after about 15 seconds).
  function speak(text, language) {
    if (!window.speechSynthesis || !window.SpeechSynthesisUtterance) return;
    window.speechSynthesis.cancel();
    var sentences = String(text).match(/[^.!?;\n]+[.!?;]*\s*/g) || [String(text)];
    sentences.forEach(function (sentence) {
      if (!sentence.trim()) return;
      var utterance = new SpeechSynthesisUtterance(sentence.trim());
      utterance.lang = language || 'en';
      window.speechSynthesis.speak(utterance);
    });
  }

  function makeControl(c) {
    var el;
    if (c.kind === 'text' || c.kind === 'multiline') {
      el = document.createElement(c.kind === 'text' ? 'input' : 'textarea');
      if (c.kind === 'text') el.type = 'text';
      el.setAttribute('autocomplete', 'off');
      el.setAttribute('spellcheck', 'false');
      el.addEventListener('input', function () { sendText(c.id, el); });
      el.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' && c.kind === 'text' && !e.isComposing && Module._study_arcade_text_key) {
          e.preventDefault();
          Module._study_arcade_text_key(1);
        }
      });
    } else {
      el = document.createElement('button');
      el.type = 'button';
      el.addEventListener('click', function () {
        if (el.getAttribute('aria-disabled') === 'true') return;
        if (el.dataset.kind === 'speak') speak(el.dataset.text, el.dataset.language);
        else activate(c.id);
      });
    }
    el.dataset.id = c.id;
    return el;
  }

  function updateControl(el, c) {
    if (el.tagName === 'BUTTON') {
      if (el.textContent !== c.label) el.textContent = c.label;
      if (c.kind === 'speak') {
        el.dataset.kind = 'speak';
        el.dataset.text = c.value;
        el.dataset.language = c.language || 'en';
      }
    } else {
      if (el.getAttribute('aria-label') !== c.label) el.setAttribute('aria-label', c.label);
      if (document.activeElement !== el && el.value !== c.value) el.value = c.value;
    }
    var disabled = c.enabled ? 'false' : 'true';
    if (el.getAttribute('aria-disabled') !== disabled) el.setAttribute('aria-disabled', disabled);
  }

  // Keeps the elements that stay (focus stays on them), adds and removes the others.
  function syncControls(list) {
    var seen = {};
    var before = null;
    for (var i = list.length - 1; i >= 0; i--) {
      var c = list[i];
      if (seen[c.id]) continue;
      seen[c.id] = true;
      var el = controlElements[c.id];
      var wantsButton = !c.kind || c.kind === 'speak';
      if (!el || (el.tagName === 'BUTTON') !== wantsButton) {
        if (el) el.remove();
        el = controlElements[c.id] = makeControl(c);
      }
      updateControl(el, c);
      if (el.nextSibling !== before || el.parentNode !== controls) controls.insertBefore(el, before);
      before = el;
    }
    Object.keys(controlElements).forEach(function (id) {
      if (!seen[id]) { controlElements[id].remove(); delete controlElements[id]; }
    });
  }

  function syncTexts(list) {
    while (texts.children.length > list.length) texts.lastChild.remove();
    for (var i = 0; i < list.length; i++) {
      var p = texts.children[i] || texts.appendChild(document.createElement('p'));
      if (p.textContent !== list[i]) p.textContent = list[i];
    }
  }

  // Says `text` in the live region (emptied first, so the same words are said again).
  function say(text) {
    live.textContent = '';
    setTimeout(function () { live.textContent = text; }, 60);
  }

  function placeRing() {
    var el = document.activeElement;
    if (!el || el.parentNode !== controls) { ring.hidden = true; return; }
    var w = widgetRect(el.dataset.id);
    if (!w) { ring.hidden = true; return; }
    ring.style.left = (w.x - 3) + 'px';
    ring.style.top = (w.y - 3) + 'px';
    ring.style.width = (w.w + 6) + 'px';
    ring.style.height = (w.h + 6) + 'px';
    ring.hidden = false;
  }

  function update(json) {
    var model;
    try { model = JSON.parse(json); } catch (e) { return; }
    layer.dataset.screen = model.screen || '';
    if (heading.textContent !== model.heading) heading.textContent = model.heading || 'Study Arcade';
    syncTexts(model.texts || []);
    syncControls(model.controls || []);
    if (model.live_count && model.live_count !== liveCount) {
      liveCount = model.live_count;
      say(model.live);
    }
    placeRing();
  }

  // Arrows move between controls too; Escape goes back to the game's canvas.
  controls.addEventListener('keydown', function (e) {
    var el = e.target;
    var typing = el.tagName === 'INPUT' || el.tagName === 'TEXTAREA';
    var step = 0;
    if (!typing && (e.key === 'ArrowDown' || e.key === 'ArrowRight')) step = 1;
    if (!typing && (e.key === 'ArrowUp' || e.key === 'ArrowLeft')) step = -1;
    if (step) {
      var all = Array.prototype.slice.call(controls.children);
      var next = all[all.indexOf(el) + step];
      if (next) next.focus();
      e.preventDefault();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      canvas.focus({ preventScroll: true });
    }
  });
  layer.addEventListener('focusin', placeRing);
  layer.addEventListener('focusout', function () { setTimeout(placeRing, 0); });

  window.studyArcadeAccessibility = { update: update, speak: speak };
})();
