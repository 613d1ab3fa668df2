// The strategic plan form's repeatable rows: "Add" copies the list's row template with the
// next index, "Remove" takes a row out and renumbers the rest, so the names the server
// binds (competitors[0].name ...) always run 0, 1, 2 without gaps. Focus moves to the new
// row's first field, or after a removal to the list's add button.
(function () {
  'use strict';

  function renumber(list) {
    var name = list.getAttribute('data-plan-list');
    list.querySelectorAll('[data-rows] > [data-row]').forEach(function (row, index) {
      row.querySelectorAll('[name]').forEach(function (el) {
        el.name = el.name.replace(new RegExp('^' + name + '\\[[^\\]]*\\]'), name + '[' + index + ']');
      });
      ['id', 'for', 'aria-describedby'].forEach(function (attribute) {
        row.querySelectorAll('[' + attribute + ']').forEach(function (el) {
          el.setAttribute(attribute, el.getAttribute(attribute)
            .replace(new RegExp('^' + name + '-[^-]+-'), name + '-' + index + '-'));
        });
      });
    });
  }

  function rows(list) {
    return list.querySelectorAll('[data-rows] > [data-row]').length;
  }

  function updateAdd(list) {
    var max = parseInt(list.getAttribute('data-max') || '50', 10);
    var add = list.querySelector('[data-add-row]');
    if (add) {
      add.disabled = rows(list) >= max;
    }
  }

  document.addEventListener('click', function (event) {
    var add = event.target.closest('[data-add-row]');
    if (add) {
      var list = add.closest('[data-plan-list]');
      var template = list.querySelector('template[data-row-template]');
      var html = template.innerHTML.replace(/__i__/g, String(rows(list)));
      var holder = document.createElement('div');
      holder.innerHTML = html.trim();
      var row = holder.firstElementChild;
      list.querySelector('[data-rows]').appendChild(row);
      renumber(list);
      updateAdd(list);
      var first = row.querySelector('input:not([type=hidden]), textarea, select');
      if (first) {
        first.focus();
      }
      return;
    }
    var remove = event.target.closest('[data-remove-row]');
    if (remove) {
      var owner = remove.closest('[data-plan-list]');
      remove.closest('[data-row]').remove();
      renumber(owner);
      updateAdd(owner);
      owner.querySelector('[data-add-row]').focus();
    }
  });

  document.querySelectorAll('[data-plan-list]').forEach(updateAdd);
})();
