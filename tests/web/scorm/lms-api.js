// lms-api.js: a stand-in LMS for the SCORM browser test: the page that embeds a SCORM
// 1.2 package's launch page and offers it `window.API`, checking calls and values the
// way Moodle's SCORM 1.2 player does (mod/scorm/datamodels/scorm_12.js):
// - LMSInitialize while initialized -> 101; any call but the error calls before
//   LMSInitialize or after LMSFinish -> 301; a non-empty argument to LMSInitialize/LMSFinish/LMSCommit
//   -> 201; an element that does not exist -> 201 (401 for keywords like _count);
// - LMSSetValue on a read-only element (cmi.core.student_id, _children, total_time ...)
//   -> 403; LMSGetValue on a write-only one (cmi.core.exit, session_time) -> 404;
// - a value of the wrong type or out of range -> 405: lesson_status only passed,
//   completed, failed, incomplete, browsed; score.raw/min/max CMIDecimal (at most 3
//   digits and 2 decimals) from 0 to 100;
//   session_time CMITimespan HHHH:MM:SS.SS; exit time-out, suspend, logout or "";
//   suspend_data at most 4,096 characters.
// The data model and every call [name, arguments, result, error] are written to
// localStorage ("lms") at once, as a server would keep them: a second launch starts
// from them (entry "resume", suspend_data back), and a test reads them after the page
// went away.
(function () {
  'use strict';
  var store = JSON.parse(localStorage.getItem('lms') || 'null') || { data: {}, calls: [], launches: 0 };
  var params = new URLSearchParams(location.search);
  var d = store.data;
  if (!('cmi.core.lesson_status' in d)) {
    d['cmi.core.student_id'] = 's-42';
    d['cmi.core.student_name'] = 'Student, Test';
    d['cmi.core.lesson_status'] = 'not attempted';
    d['cmi.core.score.raw'] = '';
    d['cmi.core.score.min'] = '';
    d['cmi.core.score.max'] = '';
    d['cmi.core.total_time'] = '0000:00:00.00';
    d['cmi.suspend_data'] = '';
    d['cmi.core.lesson_location'] = '';
    d['cmi.launch_data'] = '';
    d['cmi.comments'] = '';
    d['cmi.student_data.mastery_score'] = params.get('mastery') || '';
  }
  d['cmi.core.entry'] = d['cmi.core.exit'] === 'suspend' ? 'resume' : (store.launches ? '' : 'ab-initio');
  d['cmi.core.credit'] = 'credit';
  d['cmi.core.lesson_mode'] = 'normal';
  store.launches++;
  var pending = {};  // write-only values of this session (exit, session_time)

  var CMIString255 = /^[\u0000-\uFFFF]{0,255}$/, CMIString4096 = /^[\u0000-\uFFFF]{0,4096}$/;
  var CMIDecimal = /^-?([0-9]{0,3})(\.[0-9]{1,2})?$/;  // Moodle's: at most 2 decimals
  var CMITimespan = /^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,2})?$/;
  var statusVocab = /^passed$|^completed$|^failed$|^incomplete$|^browsed$/;
  var exitVocab = /^time-out$|^suspend$|^logout$|^$/;
  function score(v) { return CMIDecimal.test(v) && v !== '' && Number(v) >= 0 && Number(v) <= 100; }
  // element -> [mode, check]: r read-only, w write-only, rw both.
  var model = {
    'cmi._children': ['r'], 'cmi.core._children': ['r'], 'cmi.core.score._children': ['r'],
    'cmi.student_data._children': ['r'],
    'cmi.core.student_id': ['r'], 'cmi.core.student_name': ['r'], 'cmi.core.credit': ['r'], 'cmi.core.entry': ['r'],
    'cmi.core.lesson_mode': ['r'], 'cmi.core.total_time': ['r'], 'cmi.launch_data': ['r'],
    'cmi.student_data.mastery_score': ['r'],
    'cmi.core.lesson_location': ['rw', function (v) { return CMIString255.test(v); }],
    'cmi.core.lesson_status': ['rw', function (v) { return statusVocab.test(v); }],
    'cmi.core.score.raw': ['rw', score], 'cmi.core.score.min': ['rw', score], 'cmi.core.score.max': ['rw', score],
    'cmi.core.exit': ['w', function (v) { return exitVocab.test(v); }],
    'cmi.core.session_time': ['w', function (v) { return CMITimespan.test(v); }],
    'cmi.suspend_data': ['rw', function (v) { return CMIString4096.test(v); }],
    'cmi.comments': ['rw', function (v) { return CMIString4096.test(v); }],
  };
  var children = {
    'cmi._children': 'core,suspend_data,launch_data,comments,student_data',
    'cmi.core._children': 'student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,lesson_mode,exit,session_time',
    'cmi.core.score._children': 'raw,min,max', 'cmi.student_data._children': 'mastery_score',
  };
  var messages = { '0': 'No error', '101': 'General exception', '201': 'Invalid argument error',
    '202': 'Element cannot have children', '203': 'Element not an array - cannot have count',
    '301': 'Not initialized', '401': 'Not implemented error', '402': 'Invalid set value, element is a keyword',
    '403': 'Element is read only', '404': 'Element is write only', '405': 'Incorrect data type' };
  var initialized = false, lastError = '0';

  function save() { localStorage.setItem('lms', JSON.stringify(store)); }
  function record(name, args, result) { store.calls.push([name, args, result, lastError]); save(); return result; }
  function fail(code) { lastError = code; return 'false'; }

  function addTimes(a, b) {
    var seconds = function (t) { var m = CMITimespan.exec(t); return m ? +m[1] * 3600 + +m[2] * 60 + +m[3] + Number(m[4] || 0) : 0; };
    var total = seconds(a) + seconds(b), pad = function (n, w) { n = String(n); while (n.length < w) n = '0' + n; return n; };
    var hundredths = Math.round(total * 100);
    return pad(Math.floor(hundredths / 360000), 4) + ':' + pad(Math.floor(hundredths / 6000) % 60, 2) + ':' +
           pad(Math.floor(hundredths / 100) % 60, 2) + '.' + pad(hundredths % 100, 2);
  }

  window.API = {
    LMSInitialize: function (arg) {
      lastError = '0';
      var r = arg !== '' ? fail('201') : initialized ? fail('101') : (initialized = true, 'true');
      return record('LMSInitialize', [arg], r);
    },
    LMSFinish: function (arg) {
      lastError = '0';
      var r;
      if (arg !== '') r = fail('201');
      else if (!initialized) r = fail('301');
      else {
        initialized = false;
        if (pending['cmi.core.session_time']) d['cmi.core.total_time'] = addTimes(d['cmi.core.total_time'], pending['cmi.core.session_time']);
        d['cmi.core.exit'] = pending['cmi.core.exit'] || '';
        r = 'true';
      }
      return record('LMSFinish', [arg], r);
    },
    LMSGetValue: function (name) {
      lastError = '0';
      var r;
      if (!initialized) r = (fail('301'), '');
      else if (typeof name !== 'string' || name === '') r = (fail('201'), '');
      else if (/\._count$/.test(name)) r = (fail('203'), '');
      else if (!model[name]) r = (fail('201'), '');
      else if (model[name][0] === 'w') r = (fail('404'), '');
      else r = children[name] || String(d[name] == null ? '' : d[name]);
      return record('LMSGetValue', [name], r);
    },
    LMSSetValue: function (name, value) {
      lastError = '0';
      var r;
      value = String(value);
      if (!initialized) r = fail('301');
      else if (typeof name !== 'string' || name === '') r = fail('201');
      else if (/\._children$|\._count$/.test(name)) r = fail('402');
      else if (!model[name]) r = fail('201');
      else if (model[name][0] === 'r') r = fail('403');
      else if (!model[name][1](value)) r = fail('405');
      else {
        if (model[name][0] === 'w') pending[name] = value;
        else d[name] = value;
        r = 'true';
      }
      return record('LMSSetValue', [name, value], r);
    },
    LMSCommit: function (arg) {
      lastError = '0';
      var r = arg !== '' ? fail('201') : !initialized ? fail('301') : 'true';
      return record('LMSCommit', [arg], r);
    },
    LMSGetLastError: function () { return lastError; },
    LMSGetErrorString: function (code) { return messages[String(code)] || ''; },
    LMSGetDiagnostic: function (code) { return messages[String(code || lastError)] || ''; },
  };
  save();

  // The package's launch page in an iframe (as Moodle's player does).
  var frame = document.createElement('iframe');
  frame.id = 'sco';
  frame.style.cssText = 'width: 900px; height: 560px; border: 1px solid #888';
  frame.src = params.get('launch');
  document.body.appendChild(frame);
})();
