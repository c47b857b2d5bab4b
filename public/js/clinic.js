/*
 * The clinic page, enhanced: "make drafts" fetches the ZIP, saves it, and then says how many
 * clients it drafted and which it did not, read from the ZIP's own comment (written at its end by
 * the server, src/batch/zip-comment.ts). Without this script the form posts as usual and the ZIP
 * downloads; summary.csv and errors.csv inside it say the same. Nothing leaves the page from here.
 */
(function () {
  'use strict';

  if (!window.fetch || !window.FormData || !window.Blob || !window.URL || !URL.createObjectURL)
    return;

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  /** The ZIP's comment as the server wrote it, or null: the end record is in the last 64 KB. */
  function readComment(blob) {
    var start = Math.max(0, blob.size - (65535 + 22));
    return blob
      .slice(start)
      .arrayBuffer()
      .then(function (buffer) {
        var bytes = new Uint8Array(buffer);
        for (var i = bytes.length - 22; i >= 0; i--) {
          if (
            bytes[i] === 0x50 &&
            bytes[i + 1] === 0x4b &&
            bytes[i + 2] === 5 &&
            bytes[i + 3] === 6
          ) {
            var length = bytes[i + 20] | (bytes[i + 21] << 8);
            if (i + 22 + length !== bytes.length) continue;
            var text = '';
            for (var j = i + 22; j < bytes.length; j++) text += String.fromCharCode(bytes[j]);
            var parsed = JSON.parse(text);
            return parsed && parsed.relief === 'drafts' ? parsed : null;
          }
        }
        return null;
      })
      .catch(function () {
        return null;
      });
  }

  function save(blob) {
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = 'drafts.zip';
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () {
      URL.revokeObjectURL(url);
    }, 60000);
  }

  function say(region, text) {
    region.querySelector('[data-drafts-status-box]').hidden = false;
    region.querySelector('[data-drafts-status-text]').textContent = text;
  }

  function summary(region, held) {
    if (!held) return region.getAttribute('data-unknown');
    var text = fill(region.getAttribute('data-counts'), {
      drafted: held.drafted,
      clients: held.clients,
    });
    var missing = (held.notDrafted || []).slice();
    if (held.more > 0) missing.push(fill(region.getAttribute('data-more'), { n: held.more }));
    if (missing.length)
      text += ' ' + fill(region.getAttribute('data-missing'), { ids: missing.join(', ') });
    return text;
  }

  /** An answer that is a page (a problem with the file): it replaces this one, as a post would. */
  function showPage(html) {
    var next = new DOMParser().parseFromString(html, 'text/html');
    document.title = next.title;
    document.body.replaceWith(document.adoptNode(next.body));
    var summaryBox = document.querySelector('[data-error-summary]');
    if (summaryBox) summaryBox.focus();
    // The new body's forms are handled by the same listener on document.
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form || !form.hasAttribute || !form.hasAttribute('data-clinic-form')) return;
    var submitter = event.submitter;
    if (!submitter || submitter.name !== 'action' || submitter.value !== 'drafts') return;
    var box = form.parentNode.querySelector('[data-drafts-status]');
    if (!box) return;
    event.preventDefault();
    if (submitter.getAttribute('aria-busy') === 'true') return;
    var data = new FormData(form);
    data.append(submitter.name, submitter.value);
    submitter.setAttribute('aria-busy', 'true');
    submitter.disabled = true;
    say(box, box.getAttribute('data-busy'));
    var done = function () {
      submitter.disabled = false;
      submitter.removeAttribute('aria-busy');
    };
    // The form's buttons are named "action", which hides form.action: read the attribute.
    var target = new URL(form.getAttribute('action') || '', window.location.href).href;
    fetch(target, { method: 'POST', body: data, credentials: 'same-origin' })
      .then(function (res) {
        var type = res.headers.get('content-type') || '';
        if (type.indexOf('text/html') !== -1) {
          return res.text().then(function (html) {
            done();
            showPage(html);
          });
        }
        if (!res.ok || type.indexOf('application/zip') === -1) throw new Error('not a ZIP');
        return res.blob().then(function (blob) {
          save(blob);
          return readComment(blob).then(function (held) {
            done();
            say(box, summary(box, held));
          });
        });
      })
      .catch(function () {
        done();
        say(box, box.getAttribute('data-failed'));
      });
  });
})();
