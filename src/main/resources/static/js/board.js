// The board: after a card moves (htmx swaps the whole board), the focus goes back to the
// moved card's first move button, so a keyboard user carries on from where the card went.
document.addEventListener('htmx:afterSettle', function (event) {
  var board = document.getElementById('board');
  if (!board || !board.contains(event.target) && event.target !== board) {
    return;
  }
  var moved = board.getAttribute('data-moved-task');
  var card = moved && document.getElementById('task-' + moved);
  if (card) {
    var button = card.querySelector('button');
    (button || card).focus();
  }
});
