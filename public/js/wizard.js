/* Enhancements only: every page works without this script. No data leaves the page from here. */
(function () {
  'use strict';

  // Where quick exit lands (the same as QUICK_EXIT_DESTINATION in src/web/exit.ts).
  var EXIT_TO = 'https://www.weather.gov/';
  var leaving = false;
  var exiting = false;

  /**
   * Blank the page at once, ask /exit to clear this site's cookie and data (a request that
   * outlives the page), and leave as soon as it answers or after 300 ms, replacing this history
   * entry. Without this script the link itself goes through /exit.
   */
  function quickExit(exitRoute) {
    if (exiting) return;
    exiting = true;
    leaving = true;
    try {
      document.body.hidden = true;
      document.title = '';
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

  /** Typing in a box or choosing from a list: Esc belongs to the field (closing suggestions, undo). */
  function isTyping(el) {
    if (!el || el === document.body) return false;
    var tag = el.tagName;
    if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
    if (tag === 'INPUT') {
      var type = (el.getAttribute('type') || 'text').toLowerCase();
      return (
        ['button', 'submit', 'reset', 'checkbox', 'radio', 'image', 'hidden'].indexOf(type) === -1
      );
    }
    if (el.isContentEditable) return true;
    var role = el.getAttribute('role');
    return role === 'listbox' || role === 'combobox' || role === 'textbox' || role === 'option';
  }

  function exitUrl() {
    var link = document.querySelector('[data-quick-exit]');
    return link && link.getAttribute('href');
  }

  /** Per page: the button. */
  function setUpQuickExit() {
    var link = document.querySelector('[data-quick-exit]');
    if (!link) return;
    link.addEventListener('click', function (event) {
      event.preventDefault();
      quickExit(link.getAttribute('href'));
    });
  }

  /** Once: the keys. GOV.UK "Exit this page": Shift three times in a row within 5 seconds, anywhere. */
  function setUpExitKeys() {
    var shifts = 0;
    var first = 0;
    document.addEventListener('keydown', function (event) {
      var url = exitUrl();
      if (!url) return;
      if (event.key === 'Shift') {
        if (event.repeat) return;
        var now = Date.now();
        if (shifts === 0 || now - first > 5000) {
          shifts = 0;
          first = now;
        }
        shifts += 1;
        if (shifts >= 3) quickExit(url);
        return;
      }
      shifts = 0;
      if ((event.key === 'Escape' || event.key === 'Esc') && !isTyping(document.activeElement))
        quickExit(url);
    });
  }

  var DOWNLOAD_ACTIONS = ['save', 'pdf', 'docx', 'zip'];

  /**
   * A download button while its papers are made: busy for assistive technology, disabled once the
   * form has gone (a disabled button would not be sent), and a status line says what is happening.
   * The file arrives without a page change, so the button comes back after a few seconds.
   */
  function markBusy(button) {
    var status = document.querySelector('[data-download-status]');
    button.setAttribute('aria-busy', 'true');
    if (status) status.textContent = status.getAttribute('data-busy-text') || '';
    setTimeout(function () {
      button.disabled = true;
    }, 0);
    setTimeout(function () {
      button.disabled = false;
      button.removeAttribute('aria-busy');
      if (status) status.textContent = '';
    }, 8000);
  }

  /**
   * After a step's page replaces the body, a screen reader hears the new page: focus goes to the
   * error summary when there is one (setUpErrorSummary), else to the page's heading.
   */
  function announcePage() {
    if (document.querySelector('[data-error-summary]')) return;
    var heading = document.querySelector('main h1');
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }

  /**
   * One history entry for the whole journey: a step's form is sent with fetch and the answer
   * replaces this document in place (document.open keeps the entry), so quick exit's
   * location.replace leaves nothing of the wizard to go Back to. Downloads, and any answer that
   * is not an HTML page, go the ordinary way. Without JavaScript, forms post as usual.
   */
  function setUpOneEntry() {
    if (!window.fetch || !window.FormData || !document.body.hasAttribute('data-one-entry')) return;
    var ordinary = false;
    var inFlight = false;
    document.addEventListener('submit', function (event) {
      var form = event.target;
      if (ordinary || !form || form.tagName !== 'FORM') return;
      if ((form.getAttribute('method') || '').toLowerCase() !== 'post') return;
      if (new URL(form.action, window.location.href).origin !== window.location.origin) return;
      var submitter = event.submitter;
      var action = submitter && submitter.name === '_action' ? submitter.value : '';
      if (DOWNLOAD_ACTIONS.indexOf(action) !== -1) {
        // A second press while the papers are being made would only make them twice.
        if (submitter && submitter.getAttribute('aria-busy') === 'true') {
          event.preventDefault();
          return;
        }
        if (action !== 'save' && submitter) markBusy(submitter);
        // A download does not leave the page: no "leave site?" question for it.
        leaving = true;
        setTimeout(function () {
          leaving = false;
        }, 1500);
        return;
      }
      event.preventDefault();
      if (inFlight) return;
      inFlight = true;
      var data = new FormData(form);
      if (submitter && submitter.name) data.append(submitter.name, submitter.value);
      var body = form.enctype === 'multipart/form-data' ? data : new URLSearchParams(data);
      leaving = true;
      document.documentElement.setAttribute('aria-busy', 'true');
      fetch(form.action, { method: 'POST', body: body, credentials: 'same-origin' })
        .then(function (res) {
          var type = res.headers.get('content-type') || '';
          if (res.redirected) {
            window.location.replace(res.url);
            return undefined;
          }
          if (type.indexOf('text/html') === -1) throw new Error('not a page');
          return res.text().then(function (html) {
            // The new page's body replaces this one; the head (styles, this script) stays.
            var next = new DOMParser().parseFromString(html, 'text/html');
            document.title = next.title;
            document.documentElement.lang = next.documentElement.lang;
            document.body.replaceWith(document.adoptNode(next.body));
            // The step's own address (Content-Location), so Reload shows this page again.
            var here = res.headers.get('content-location');
            if (here && window.history && history.replaceState) {
              try {
                history.replaceState(null, '', here);
              } catch (_e) {
                /* keep the address as it was */
              }
            }
            document.documentElement.removeAttribute('aria-busy');
            window.scrollTo(0, 0);
            leaving = false;
            inFlight = false;
            setUpPage();
            announcePage();
          });
        })
        .catch(function () {
          // Fall back to the ordinary post, which always works.
          leaving = true;
          ordinary = true;
          if (form.requestSubmit) form.requestSubmit(submitter || undefined);
          else form.submit();
        });
    });
    // Reload or closing the tab would lose the answers of this one entry: ask first.
    window.addEventListener('beforeunload', function (event) {
      if (leaving || !document.body.hasAttribute('data-guard')) return;
      event.preventDefault();
      event.returnValue = '';
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

  /** The where list: the chosen place's one-line description, under the list. */
  function setUpWhereAbout() {
    var select = document.querySelector('select[data-where-about]');
    var about = select && document.getElementById(select.getAttribute('data-where-about'));
    if (!select || !about) return;
    select.addEventListener('change', function () {
      var option = select.options[select.selectedIndex];
      about.textContent = (option && option.getAttribute('data-hint')) || '';
    });
  }

  /** What each page needs: run at load, and again when a step's page replaces the body. */
  function setUpPage() {
    setUpQuickExit();
    setUpErrorSummary();
    setUpReveal();
    setUpOffenseSearch();
    setUpWhereAbout();
  }

  function start() {
    setUpExitKeys();
    setUpOneEntry();
    setUpPage();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
