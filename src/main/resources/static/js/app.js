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
