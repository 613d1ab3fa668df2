// Applies the saved or the system colour scheme before the page paints, to avoid a flash.
(function () {
  var saved = localStorage.getItem('aorhub-theme');
  var dark = saved ? saved === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
  document.documentElement.setAttribute('data-bs-theme', dark ? 'dark' : 'light');
})();
