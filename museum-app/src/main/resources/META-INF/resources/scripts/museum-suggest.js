/*
 * Keyboard for the header's search suggestions: ↓ from the search box goes to the first
 * suggestion, ↓ and ↑ move between them (↑ from the first goes back to the box), Escape returns
 * to the box, Enter opens the focused one (it is a link).
 */
(function () {
  if (window.__museumSuggestKeys) { return; }
  window.__museumSuggestKeys = true;
  document.addEventListener('keydown', function (event) {
    var list = document.querySelector('.museum-suggestions');
    if (!list || list.hidden) { return; }
    var links = Array.prototype.slice.call(list.querySelectorAll('a'));
    if (!links.length) { return; }
    var field = document.querySelector('.museum-search-field');
    var input = field && (field.querySelector('input') || field);
    var inField = field && (event.target === field || field.contains(event.target));
    var at = links.indexOf(document.activeElement);
    var next = null;
    if (event.key === 'ArrowDown') {
      next = inField ? links[0] : (at >= 0 ? links[Math.min(at + 1, links.length - 1)] : null);
    } else if (event.key === 'ArrowUp' && at >= 0) {
      next = at === 0 ? input : links[at - 1];
    } else if (event.key === 'Escape' && at >= 0) {
      next = input;
    }
    if (next) {
      next.focus();
      event.preventDefault();
    }
  }, true);
})();
