// The timesheet's keyboard, live totals and timer, and the approvals' group checkboxes.
// No framework: the page works without it (the server checks and totals everything).
(function () {
  'use strict';

  // Minutes from what a person types: 1.5, 1,5, 2h, 1:30, 1h30, 90m; null when unreadable.
  function minutes(text) {
    var value = (text || '').trim().toLowerCase();
    if (!value) {
      return 0;
    }
    var m = value.match(/^(\d{1,2})\s*(?::|h)\s*(\d{1,2})\s*m?$/);
    if (m) {
      return parseInt(m[2], 10) < 60 ? parseInt(m[1], 10) * 60 + parseInt(m[2], 10) : null;
    }
    m = value.match(/^(\d{1,4})\s*m(?:in)?$/);
    if (m) {
      return parseInt(m[1], 10);
    }
    m = value.match(/^(\d{0,2}(?:[.,]\d{1,4})?)\s*h?$/);
    if (m && m[1] && m[1] !== '.' && m[1] !== ',') {
      return Math.round(parseFloat(m[1].replace(',', '.')) * 60);
    }
    return null;
  }

  function clock(total) {
    return Math.floor(total / 60) + ':' + ('0' + (total % 60)).slice(-2);
  }

  function cellValue(cell) {
    if (cell.tagName === 'INPUT') {
      return minutes(cell.value);
    }
    return minutes(cell.getAttribute('data-value'));
  }

  function recompute(sheet) {
    var days = [0, 0, 0, 0, 0, 0, 0];
    sheet.querySelectorAll('tbody tr[data-row]').forEach(function (row) {
      var total = 0;
      row.querySelectorAll('[data-col]').forEach(function (cell) {
        var value = cellValue(cell);
        if (cell.tagName === 'INPUT') {
          cell.classList.toggle('is-invalid', value === null);
        }
        value = value || 0;
        total += value;
        days[parseInt(cell.getAttribute('data-col'), 10)] += value;
      });
      var rowTotal = row.querySelector('.ts-total');
      if (rowTotal) {
        rowTotal.textContent = clock(total);
      }
    });
    var week = 0;
    sheet.querySelectorAll('.ts-day-total').forEach(function (cell) {
      var day = days[parseInt(cell.getAttribute('data-col'), 10)];
      week += day;
      cell.textContent = clock(day);
      cell.classList.toggle('text-danger', day > 24 * 60);
    });
    var weekTotal = sheet.querySelector('.ts-week-total');
    if (weekTotal) {
      weekTotal.textContent = clock(week);
    }
  }

  // Arrow keys move between cells: up and down in the same day, left and right when the
  // caret is at the edge of the cell's text (so editing inside a value still works).
  function move(input, key) {
    var row = input.closest('tr');
    var col = parseInt(input.getAttribute('data-col'), 10);
    var target = null;
    if (key === 'ArrowUp' || key === 'ArrowDown') {
      var next = key === 'ArrowUp' ? row.previousElementSibling : row.nextElementSibling;
      while (next && !target) {
        target = next.querySelector('input.ts-input[data-col="' + col + '"]');
        next = key === 'ArrowUp' ? next.previousElementSibling : next.nextElementSibling;
      }
    } else {
      var inputs = Array.prototype.slice.call(row.querySelectorAll('input.ts-input'));
      var index = inputs.indexOf(input) + (key === 'ArrowLeft' ? -1 : 1);
      target = inputs[index] || null;
    }
    if (target) {
      target.focus();
      target.select();
      return true;
    }
    return false;
  }

  var sheet = document.getElementById('timesheet');
  if (sheet) {
    sheet.addEventListener('input', function (event) {
      if (event.target.classList.contains('ts-input')) {
        recompute(sheet);
      }
    });
    sheet.addEventListener('keydown', function (event) {
      var input = event.target;
      if (!input.classList || !input.classList.contains('ts-input')) {
        return;
      }
      var atStart = input.selectionStart === 0 && input.selectionEnd === 0;
      var atEnd = input.selectionStart === input.value.length;
      var whole = input.selectionStart === 0 && input.selectionEnd === input.value.length;
      if ((event.key === 'ArrowUp' || event.key === 'ArrowDown')
        || (event.key === 'ArrowLeft' && (atStart || whole))
        || (event.key === 'ArrowRight' && (atEnd || whole))) {
        if (move(input, event.key)) {
          event.preventDefault();
        }
      }
    });
    sheet.addEventListener('focusin', function (event) {
      if (event.target.classList && event.target.classList.contains('ts-input')) {
        event.target.select();
      }
    });
    recompute(sheet);
    sheet.setAttribute('data-ready', '');
  }

  // The running timer ticks from the server's start time.
  document.querySelectorAll('[data-timer-start]').forEach(function (element) {
    var start = parseInt(element.getAttribute('data-timer-start'), 10);
    function tick() {
      var seconds = Math.max(0, Math.floor((Date.now() - start) / 1000));
      var h = Math.floor(seconds / 3600);
      var m = Math.floor((seconds % 3600) / 60);
      var s = seconds % 60;
      element.textContent = h + ':' + ('0' + m).slice(-2) + ':' + ('0' + s).slice(-2);
    }
    tick();
    setInterval(tick, 1000);
  });

  // A group's checkbox selects or clears its entries; it shows whether some are selected.
  document.addEventListener('change', function (event) {
    var box = event.target;
    var group = box.getAttribute && box.getAttribute('data-group');
    if (group === null || group === undefined) {
      return;
    }
    var form = box.closest('form');
    if (box.hasAttribute('data-select-group')) {
      form.querySelectorAll('input[name="ids"][data-group="' + group + '"]').forEach(function (entry) {
        entry.checked = box.checked;
      });
      return;
    }
    var entries = form.querySelectorAll('input[name="ids"][data-group="' + group + '"]');
    var checked = form.querySelectorAll('input[name="ids"][data-group="' + group + '"]:checked').length;
    var all = form.querySelector('input[data-select-group][data-group="' + group + '"]');
    if (all) {
      all.checked = checked === entries.length;
      all.indeterminate = checked > 0 && checked < entries.length;
    }
  });
})();
