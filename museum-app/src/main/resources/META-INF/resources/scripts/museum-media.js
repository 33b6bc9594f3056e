/*
 * When a picture or a 3D model cannot be loaded (the media store is down, or one object is
 * missing), its box says so instead of showing a broken image: the nearest element with a
 * data-media-missing attribute gets the class museum-media-missing, and the stylesheet shows that
 * attribute's text (in the page's language) in a placeholder box. A later page view tries again.
 */
(function () {
  if (window.__museumMediaFallback) { return; }
  window.__museumMediaFallback = true;
  document.addEventListener('error', function (event) {
    var target = event.target;
    if (!target || !target.closest || (target.tagName !== 'IMG' && target.tagName !== 'MODEL-VIEWER')) { return; }
    var box = target.closest('[data-media-missing]');
    if (box) { box.classList.add('museum-media-missing'); }
  }, true); // capture: error events do not bubble
})();
