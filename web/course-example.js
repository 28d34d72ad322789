// course-example.js: the script of the example course page. It points each iframe at
// the game (with embed=1 and origin=<this page's origin>, so that the game sends its
// results here and nowhere else), accepts messages only from the game's origin and
// from its own iframes, sizes the iframes to the height the game asks for, and shows
// the scores. See docs/embedding.md for the protocol.
(function () {
  'use strict';
  var gameBase = new URL(new URLSearchParams(window.location.search).get('game') || './index.html', window.location.href);
  if (gameBase.pathname.endsWith('/')) gameBase = new URL('index.html', gameBase);
  var log = document.getElementById('log');
  var activities = Array.prototype.slice.call(document.querySelectorAll('.activity'));

  activities.forEach(function (section) {
    var frame = section.querySelector('iframe');
    frame.src = gameBase.href + '?' + frame.dataset.query + '&embed=1&origin=' + encodeURIComponent(window.location.origin);
  });

  function clock(seconds) {
    var s = Math.round(seconds);
    return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== gameBase.origin) return;  // only the game's own origin
    var section = activities.find(function (s) { return s.querySelector('iframe').contentWindow === event.source; });
    var data = event.data;
    if (!section || !data || data.source !== 'study-arcade') return;
    if (data.type !== 'resize') log.textContent += section.dataset.activity + ': ' + JSON.stringify(data) + '\n';
    var value = section.querySelector('.value');
    var frame = section.querySelector('iframe');
    if (data.type === 'resize') {
      frame.height = Math.max(440, Math.min(900, data.height));
    } else if (data.type === 'ready') {
      value.textContent = 'ready: ' + data.deck.title + ' (' + data.deck.cards + ' cards)';
    } else if (data.type === 'error') {
      value.textContent = 'the link has a problem: ' + data.problems.map(function (p) { return p.message; }).join(' ');
    } else if (data.type === 'progress' || data.type === 'completed') {
      value.textContent = (data.type === 'completed' ? 'completed: ' : 'in progress: ') + data.score + ' / ' +
        data.maxScore + ' (' + data.percent + '%) in ' + clock(data.seconds);
      section.dataset.score = data.score;
      section.dataset.completed = data.completed ? 'yes' : 'no';
      var list = section.querySelector('.cards');
      list.textContent = '';
      data.cards.forEach(function (card) {
        var item = document.createElement('li');
        item.textContent = (card.correct ? '✓ ' : '✗ ') + card.id;
        list.appendChild(item);
      });
    }
  });
})();
