// Proofing: a click on the image under review places a pin. It fills the comment form's
// "across" and "down" fields (fractions 0–1 of the image), which a keyboard user types
// instead, and shows where the pin will go. No inline script: the CSP stays strict.
(function () {
  function place(stage, x, y) {
    var draft = stage.querySelector('[data-pin-draft]');
    if (!draft) {
      return;
    }
    draft.style.left = (x * 100) + '%';
    draft.style.top = (y * 100) + '%';
    draft.classList.remove('d-none');
  }

  document.addEventListener('click', function (event) {
    var image = event.target.closest('[data-pin-target] img');
    if (!image) {
      return;
    }
    var stage = image.closest('[data-pin-target]');
    var box = image.getBoundingClientRect();
    var x = Math.min(1, Math.max(0, (event.clientX - box.left) / box.width));
    var y = Math.min(1, Math.max(0, (event.clientY - box.top) / box.height));
    var fieldX = document.querySelector('[data-pin-x]');
    var fieldY = document.querySelector('[data-pin-y]');
    if (fieldX && fieldY) {
      fieldX.value = x.toFixed(4);
      fieldY.value = y.toFixed(4);
    }
    place(stage, x, y);
    var body = document.getElementById('comment-body');
    if (body) {
      body.focus();
    }
  });

  document.addEventListener('input', function (event) {
    if (!event.target.matches('[data-pin-x], [data-pin-y]')) {
      return;
    }
    var x = parseFloat(document.querySelector('[data-pin-x]').value);
    var y = parseFloat(document.querySelector('[data-pin-y]').value);
    var stage = document.querySelector('[data-pin-target]');
    if (stage && x >= 0 && x <= 1 && y >= 0 && y <= 1) {
      place(stage, x, y);
    }
  });
})();
