// Nominee rows added and removed in the page, document rows, upload progress, confirmations.
(function () {
  'use strict';

  function renumber(tbody) {
    tbody.querySelectorAll('tr.nominee-row').forEach(function (row, index) {
      row.querySelectorAll('[name^="nominees["]').forEach(function (input) {
        input.name = input.name.replace(/nominees\[\d+\]/, 'nominees[' + index + ']');
        if (input.id) { input.id = input.id.replace(/nominees\d+/, 'nominees' + index); }
      });
    });
  }

  function setUpNominees() {
    var tbody = document.querySelector('#nominee-rows tbody');
    var add = document.getElementById('add-nominee');
    if (!tbody || !add) { return; }
    add.addEventListener('click', function () {
      var rows = tbody.querySelectorAll('tr.nominee-row');
      var copy = rows[rows.length - 1].cloneNode(true);
      copy.querySelectorAll('input, textarea').forEach(function (input) { input.value = ''; });
      tbody.appendChild(copy);
      renumber(tbody);
      copy.querySelector('input[type=text]').focus();
    });
    // every text of a row in view: its box grows with what is typed (or imported)
    function fit(area) { area.style.height = 'auto'; area.style.height = (area.scrollHeight + 2) + 'px'; }
    tbody.querySelectorAll('textarea').forEach(fit);
    tbody.addEventListener('input', function (event) {
      if (event.target.tagName === 'TEXTAREA') { fit(event.target); }
    });
    // a name, a position, an org: one line of text, wrapped in view but never broken by Enter
    tbody.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && event.target.classList.contains('line')) { event.preventDefault(); }
    });
    tbody.addEventListener('click', function (event) {
      if (!event.target.classList.contains('remove-row')) { return; }
      var rows = tbody.querySelectorAll('tr.nominee-row');
      var row = event.target.closest('tr');
      if (rows.length > 1) { row.remove(); } else { row.querySelectorAll('input, textarea').forEach(function (i) { i.value = ''; }); }
      renumber(tbody);
    });
  }

  function setUpDocuments() {
    var add = document.getElementById('add-document');
    var rows = document.getElementById('document-rows');
    if (!add || !rows) { return; }
    add.addEventListener('click', function () {
      var copy = rows.querySelector('.document-row').cloneNode(true);
      copy.querySelector('input[type=file]').value = '';
      rows.appendChild(copy);
    });
  }

  // Forms with files are sent by XMLHttpRequest so that a long upload shows its progress; the server's answer
  // (the next page, or the form again with its error) replaces the page. Without JavaScript they post normally.
  function setUpProgress() {
    document.querySelectorAll('form[data-progress]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        if (event.defaultPrevented) { return; }
        var submitter = event.submitter;
        var action = new URL((submitter && submitter.getAttribute('formaction')) || form.action, document.baseURI).href;
        var hasFiles = Array.prototype.some.call(form.querySelectorAll('input[type=file]'), function (f) { return f.files.length > 0; });
        if (!hasFiles || !window.FormData) { return; }
        event.preventDefault();
        var box = form.querySelector('.progress');
        var bar = box && box.querySelector('progress');
        var out = box && box.querySelector('output');
        if (box) { box.hidden = false; }
        form.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
        var xhr = new XMLHttpRequest();
        xhr.open('POST', action);
        xhr.upload.addEventListener('progress', function (e) {
          if (e.lengthComputable && bar) {
            var pct = Math.round(100 * e.loaded / e.total);
            bar.value = pct; out.textContent = pct + '%';
          }
        });
        // the file is up: what the server does with it (an import checks every row) may take a while longer
        xhr.upload.addEventListener('load', function () {
          var processing = form.getAttribute('data-processing');
          if (processing && out) { bar.removeAttribute('value'); out.textContent = processing; }
        });
        xhr.addEventListener('load', function () {
          if (xhr.responseURL && xhr.responseURL !== action && xhr.status < 400) {
            // the page the server redirected to, shown as it came (its one-time notice included) at its address
            window.history.replaceState(null, '', xhr.responseURL);
            document.open(); document.write(xhr.responseText); document.close();
          } else {
            document.open(); document.write(xhr.responseText); document.close();
          }
        });
        xhr.addEventListener('error', function () { form.submit(); });
        xhr.send(new FormData(form));
      });
    });
  }

  // A form, or the button that sends it, may ask to be confirmed first (submitting a dossier, withdrawing it).
  function setUpConfirmations() {
    document.querySelectorAll('form').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        var button = event.submitter;
        var question = (button && button.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
        if (question && !window.confirm(question)) { event.preventDefault(); }
      });
    });
  }

  // The documents the chosen award type and kind ask for, under the documents of a new dossier.
  function setUpRequiredDocuments() {
    var line = document.getElementById('required-documents');
    var type = document.getElementById('awardType');
    var kind = document.getElementById('kind');
    if (!line || !type || !kind) { return; }
    var required = JSON.parse(line.getAttribute('data-required') || '{}');
    function show() {
      var names = required[type.value + '|' + kind.value] || [];
      line.textContent = names.length ? line.getAttribute('data-label') + ' ' + names.join(', ') + '.'
        : line.getAttribute('data-none');
    }
    type.addEventListener('change', show);
    kind.addEventListener('change', show);
    show();
  }

  // print buttons (the page's own print styles leave the forms and menus out); no inline handlers under our CSP
  function setUpPrinting() {
    document.querySelectorAll('button[data-print]').forEach(function (button) {
      button.addEventListener('click', function () { window.print(); });
    });
  }

  // the movement report: another movement starts from its own period, not the years chosen for the previous one
  function setUpReportYears() {
    var movement = document.querySelector('select#movement');
    var from = document.getElementById('fromYear');
    var to = document.getElementById('toYear');
    if (!movement || !from || !to) { return; }
    movement.addEventListener('change', function () { from.value = ''; to.value = ''; });
  }

  document.addEventListener('DOMContentLoaded', function () {
    setUpNominees(); setUpDocuments(); setUpConfirmations(); setUpProgress(); setUpRequiredDocuments(); setUpPrinting();
    setUpReportYears();
  });
})();
