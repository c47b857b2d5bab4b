/* Enhancements only: every page works without this script. No data leaves the page from here. */
(function () {
  'use strict';

  // Where quick exit lands (the same as QUICK_EXIT_DESTINATION in src/web/exit.ts).
  var EXIT_TO = 'https://www.weather.gov/';
  var leaving = false;

  /**
   * Blank the page at once, ask /exit to clear this site's cookie and data (a request that
   * outlives the page), and leave as soon as it answers or after 300 ms, replacing this history
   * entry. Without this script the link itself goes through /exit.
   */
  function quickExit(exitRoute) {
    if (leaving) return;
    leaving = true;
    try {
      document.body.hidden = true;
    } catch (_e) {
      /* keep going */
    }
    var go = function () {
      window.location.replace(EXIT_TO);
    };
    if (!window.fetch) return go();
    var timer = setTimeout(go, 300);
    try {
      window
        .fetch(exitRoute, {
          credentials: 'same-origin',
          keepalive: true,
          redirect: 'manual',
          cache: 'no-store',
        })
        .then(
          function () {
            clearTimeout(timer);
            go();
          },
          function () {
            clearTimeout(timer);
            go();
          },
        );
    } catch (_e) {
      clearTimeout(timer);
      go();
    }
  }

  function setUpQuickExit() {
    var link = document.querySelector('[data-quick-exit]');
    if (!link) return;
    var exitRoute = link.getAttribute('href');
    link.addEventListener('click', function (event) {
      event.preventDefault();
      quickExit(exitRoute);
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' || event.key === 'Esc') quickExit(exitRoute);
    });
  }

  function setUpErrorSummary() {
    var summary = document.querySelector('[data-error-summary]');
    if (!summary) return;
    summary.focus();
    summary.addEventListener('click', function (event) {
      var target = event.target;
      if (!target || target.tagName !== 'A') return;
      var id = (target.getAttribute('href') || '').slice(1);
      var input = id && document.getElementById(id);
      if (!input) return;
      event.preventDefault();
      var group = input.closest('fieldset') || input.closest('.usa-form-group');
      var label = (group && group.querySelector('legend, label')) || input;
      label.scrollIntoView();
      input.focus({ preventScroll: true });
    });
  }

  function setUpReveal() {
    var radios = document.querySelectorAll('[data-reveal], [data-conceal]');
    Array.prototype.forEach.call(radios, function (radio) {
      var id = radio.getAttribute('data-reveal') || radio.getAttribute('data-conceal');
      var panel = document.getElementById(id);
      if (!panel) return;
      function update() {
        // Hide the follow-up only when an answer that needs no follow-up is chosen and the panel holds no error.
        var concealers = document.querySelectorAll('[data-conceal="' + id + '"]');
        var chosen = Array.prototype.some.call(concealers, function (r) {
          return r.checked;
        });
        panel.hidden = chosen && !panel.querySelector('.usa-input--error, .usa-form-group--error');
      }
      radio.addEventListener('change', update);
      update();
    });
  }

  function setUpOffenseSearch() {
    var outputs = document.querySelectorAll('[data-offense-match]');
    Array.prototype.forEach.call(outputs, function (output) {
      var input = document.getElementById(output.getAttribute('data-offense-match'));
      var list = input && document.getElementById(input.getAttribute('list'));
      if (!input || !list) return;
      var options = Array.prototype.map.call(list.options, function (o) {
        return { value: o.value, label: o.textContent || '' };
      });
      var lang = document.documentElement.lang;
      function normalise(s) {
        return s.toLowerCase().replace(/[§.,]/g, ' ').replace(/\s+/g, ' ').trim();
      }
      function update() {
        var q = normalise(input.value);
        if (q.length < 2) {
          output.textContent = '';
          return;
        }
        var hits = options.filter(function (o) {
          return normalise(o.value + ' ' + o.label).indexOf(q) !== -1;
        });
        var exact = options.filter(function (o) {
          return normalise(o.value) === q;
        })[0];
        if (exact) output.textContent = exact.label;
        else if (hits.length)
          output.textContent =
            (lang === 'es' ? 'Coincidencias: ' : 'Matches: ') +
            hits
              .slice(0, 3)
              .map(function (o) {
                return o.value + ' – ' + o.label;
              })
              .join('; ');
        else
          output.textContent =
            lang === 'es'
              ? 'Cargo no reconocido: se conservará para que lo revise un abogado.'
              : 'Charge not recognised: it will be kept for a lawyer to check.';
      }
      var timer;
      input.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(update, 250);
      });
      update();
    });
  }

  function start() {
    setUpQuickExit();
    setUpErrorSummary();
    setUpReveal();
    setUpOffenseSearch();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
