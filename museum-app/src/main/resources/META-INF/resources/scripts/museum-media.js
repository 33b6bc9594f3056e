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

/*
 * The 3D viewer's script (model-viewer with three.js, about 1 MB) is added to the page once, when
 * the first <model-viewer> comes within the screen (or at once without IntersectionObserver):
 * until then the element waits as an empty box of its size, and pages whose model is further
 * down run none of it. window.museumModelViewer(element, scriptUrl) is called for each viewer.
 */
(function () {
  if (window.museumModelViewer) { return; }
  var requested = false;
  function load(src) {
    if (requested || customElements.get('model-viewer')) { return; }
    requested = true;
    var script = document.createElement('script');
    script.src = src;
    document.head.appendChild(script);
  }
  // model-viewer keeps the last 5 parsed models (geometry, textures, GPU buffers) for reuse. A
  // kiosk shows one model at a time and real scans weigh tens of megabytes: keep only the one on
  // screen, so each switch frees the last; going back refetches it from the browser's HTTP cache.
  if (window.customElements) {
    customElements.whenDefined('model-viewer').then(function (ModelViewer) {
      (ModelViewer || customElements.get('model-viewer')).modelCacheSize = 1;
    });
  }
  window.museumModelViewer = function (viewer, src) {
    if (requested || customElements.get('model-viewer')) { return; }
    if (!('IntersectionObserver' in window)) { load(src); return; }
    var near = new IntersectionObserver(function (entries) {
      if (entries.some(function (entry) { return entry.isIntersecting; })) { near.disconnect(); load(src); }
    }, { rootMargin: '200px' });
    near.observe(viewer);
  };
})();
