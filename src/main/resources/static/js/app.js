// Small behaviours of the app shell; no inline scripts, so the Content-Security-Policy stays strict.
document.addEventListener('click', function (event) {
  var toggle = event.target.closest('[data-theme-toggle]');
  if (toggle) {
    var next = document.documentElement.getAttribute('data-bs-theme') === 'dark' ? 'light' : 'dark';
    document.documentElement.setAttribute('data-bs-theme', next);
    localStorage.setItem('aorhub-theme', next);
  }
  var copy = event.target.closest('[data-copy-target]');
  if (copy) {
    var field = document.querySelector(copy.getAttribute('data-copy-target'));
    if (field && navigator.clipboard) {
      navigator.clipboard.writeText(field.value).then(function () {
        copy.textContent = 'Copied';
      });
    }
  }
});

// htmx sends the CSRF token with every request it makes, read from the page's forms.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('input[name="_csrf"]');
  if (token) {
    event.detail.headers['X-CSRF-TOKEN'] = token.value;
  }
});

// Irreversible actions ask first. A form with data-confirm="Question?" opens one dialog
// (data-confirm-detail explains, data-confirm-action names the button); with
// data-confirm-reason="Label" it asks for a reason too, sent as the form's "reason" field
// (data-confirm-reason-required makes it required). The same attributes on a submit button
// ask only when that button submits its form (a form that approves or declines).
(function () {
  var dialog;

  function build() {
    dialog = document.createElement('dialog');
    dialog.className = 'confirm-dialog';
    dialog.setAttribute('aria-labelledby', 'confirm-title');
    dialog.innerHTML =
      '<form method="dialog" class="confirm-body">' +
      '<h2 class="h5" id="confirm-title"></h2>' +
      '<p class="confirm-detail text-body-secondary"></p>' +
      '<div class="confirm-reason mb-3">' +
      '<label class="form-label" for="confirm-reason-input"></label>' +
      '<textarea class="form-control" id="confirm-reason-input" rows="3" maxlength="2000"></textarea>' +
      '<div class="invalid-feedback">Please give a reason.</div>' +
      '</div>' +
      '<div class="d-flex justify-content-end gap-2">' +
      '<button type="submit" value="cancel" class="btn btn-outline-secondary">Cancel</button>' +
      '<button type="submit" value="confirm" class="btn btn-danger confirm-ok"></button>' +
      '</div></form>';
    document.body.appendChild(dialog);
  }

  function ask(form, source, submitter) {
    if (!dialog) {
      build();
    }
    var reasonLabel = source.getAttribute('data-confirm-reason');
    var required = source.hasAttribute('data-confirm-reason-required');
    var reason = dialog.querySelector('.confirm-reason');
    var input = dialog.querySelector('#confirm-reason-input');
    dialog.querySelector('#confirm-title').textContent = source.getAttribute('data-confirm');
    var detail = dialog.querySelector('.confirm-detail');
    detail.textContent = source.getAttribute('data-confirm-detail') || '';
    detail.hidden = !detail.textContent;
    dialog.querySelector('.confirm-ok').textContent = source.getAttribute('data-confirm-action') || 'Confirm';
    reason.hidden = !reasonLabel;
    dialog.querySelector('label[for="confirm-reason-input"]').textContent =
      (reasonLabel || '') + (reasonLabel && !required ? ' (optional)' : '');
    input.value = '';
    input.classList.remove('is-invalid');
    input.required = !!reasonLabel && required;
    dialog.onclose = function () {
      if (dialog.returnValue !== 'confirm') {
        return;
      }
      if (reasonLabel) {
        var field = form.querySelector('input[name="reason"]');
        if (!field) {
          field = document.createElement('input');
          field.type = 'hidden';
          field.name = 'reason';
          form.appendChild(field);
        }
        field.value = input.value.trim();
      }
      form.setAttribute('data-confirmed', '');
      if (!form.requestSubmit) {
        form.submit();
      } else if (submitter) {
        form.requestSubmit(submitter);
      } else {
        form.requestSubmit();
      }
    };
    dialog.querySelector('.confirm-ok').onclick = function (event) {
      if (input.required && !input.value.trim()) {
        event.preventDefault();
        input.classList.add('is-invalid');
        input.focus();
      }
    };
    dialog.returnValue = '';
    dialog.showModal();
    (reasonLabel ? input : dialog.querySelector('.confirm-ok')).focus();
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var submitter = event.submitter;
    if (form.hasAttribute('data-confirmed')) {
      return;
    }
    var source = (submitter && submitter.hasAttribute('data-confirm')) ? submitter
      : (form.matches('form[data-confirm]') ? form : null);
    if (source) {
      event.preventDefault();
      ask(form, source, submitter);
    }
  }, true);
})();

// After an action that returns to a section of the page (#team, #files), its message is
// shown in that section, where the person is looking, not above the viewport.
document.addEventListener('DOMContentLoaded', function () {
  var flashes = document.querySelector('.flashes');
  if (!flashes || !flashes.children.length || !location.hash) {
    return;
  }
  var target;
  try {
    target = document.querySelector(location.hash);
  } catch (e) {
    return;
  }
  var main = document.getElementById('main');
  if (!target || (main && !main.contains(target))) {
    return;
  }
  var heading = target.querySelector('.card-header') || target.firstElementChild;
  var messages = document.createElement('div');
  messages.className = 'flashes flashes-in-section';
  while (flashes.firstChild) {
    messages.appendChild(flashes.firstChild);
  }
  if (heading && heading.parentNode === target) {
    heading.insertAdjacentElement('afterend', messages);
  } else {
    target.insertAdjacentElement('afterbegin', messages);
  }
  target.scrollIntoView({ block: 'start' });
});

// The designation form offers the signed-in user as account lead, but not for another
// agency's designation: typing an agency name moves an untouched lead to "No one" (the
// server does the same without this script, see leadDefaulted).
document.addEventListener('input', function (event) {
  if (event.target.id !== 'agencyName') {
    return;
  }
  var lead = document.getElementById('accountLeadId');
  var defaulted = document.querySelector('[data-lead-defaulted]');
  if (lead && defaulted && lead.dataset.defaultLead) {
    lead.value = event.target.value.trim() === '' ? lead.dataset.defaultLead : '';
  }
});
document.addEventListener('change', function (event) {
  if (event.target.id === 'accountLeadId' && event.isTrusted) {
    var defaulted = document.querySelector('[data-lead-defaulted]');
    if (defaulted) {
      defaulted.remove();
    }
  }
});

// The user form's client picker matters only for the Client (portal) role: it shows when
// that role is ticked (or the field has an error) and is left out of the form otherwise.
(function () {
  function sync(form) {
    var picker = form.querySelector('[data-portal-client]');
    var portal = form.querySelector('[data-roles] input[value="CLIENT"]');
    if (!picker || !portal) {
      return;
    }
    var select = picker.querySelector('select');
    var shown = portal.checked || select.classList.contains('is-invalid');
    picker.hidden = !shown;
    select.disabled = !shown;
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form').forEach(function (form) {
      if (form.querySelector('[data-portal-client]')) {
        sync(form);
        form.addEventListener('change', function (event) {
          if (event.target.closest('[data-roles]')) {
            sync(form);
          }
        });
      }
    });
  });
})();
