/*
 * Zoom and pan for the picture in the museum's lightbox: pinch with two fingers, the mouse wheel,
 * double-tap or double-click to zoom, the + and - keys (with or without Shift) and 0 to reset; drag to
 * look around a zoomed picture. The server's buttons call museumZoom.by(img, factor) and
 * museumZoom.reset(img). The zoom level is also written to
 * the picture's data-zoom attribute, so tests and assistive tools can read it.
 */
window.museumZoom = window.museumZoom || (function () {
  var MIN = 1, MAX = 8;

  function state(img) {
    return img.__museumZoom || (img.__museumZoom = { scale: 1, x: 0, y: 0 });
  }

  function apply(img) {
    var s = state(img);
    img.style.transform = 'translate(' + s.x + 'px, ' + s.y + 'px) scale(' + s.scale + ')';
    img.setAttribute('data-zoom', s.scale.toFixed(2));
  }

  function set(img, scale) {
    var s = state(img);
    s.scale = Math.min(MAX, Math.max(MIN, scale));
    if (s.scale === MIN) { s.x = 0; s.y = 0; }
    apply(img);
  }

  function attach(img) {
    if (img.__museumZoomAttached) { return; }
    img.__museumZoomAttached = true;
    img.style.touchAction = 'none';
    img.style.transformOrigin = 'center center';
    var pointers = new Map();
    var start = null;

    function distance() {
      var p = Array.from(pointers.values());
      return Math.hypot(p[0].x - p[1].x, p[0].y - p[1].y) || 1;
    }
    function snapshot() {
      var s = state(img), p = Array.from(pointers.values());
      return { scale: s.scale, x: s.x, y: s.y, px: p[0] ? p[0].x : 0, py: p[0] ? p[0].y : 0,
               d: p.length === 2 ? distance() : 1 };
    }
    img.addEventListener('pointerdown', function (e) {
      img.setPointerCapture(e.pointerId);
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      start = snapshot();
    });
    img.addEventListener('pointermove', function (e) {
      if (!pointers.has(e.pointerId)) { return; }
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      var s = state(img);
      if (pointers.size === 2) {
        set(img, start.scale * distance() / start.d);
      } else if (pointers.size === 1 && s.scale > MIN) {
        var p = Array.from(pointers.values())[0];
        s.x = start.x + p.x - start.px;
        s.y = start.y + p.y - start.py;
        apply(img);
      }
    });
    function end(e) { pointers.delete(e.pointerId); start = snapshot(); }
    img.addEventListener('pointerup', end);
    img.addEventListener('pointercancel', end);
    img.addEventListener('wheel', function (e) {
      e.preventDefault();
      set(img, state(img).scale * (e.deltaY < 0 ? 1.25 : 0.8));
    }, { passive: false });
    img.addEventListener('dblclick', function () { set(img, state(img).scale > MIN ? MIN : 2.5); });
    function onKey(e) {
      if (!img.isConnected) { document.removeEventListener('keydown', onKey, true); return; }
      if (e.ctrlKey || e.metaKey || e.altKey) { return; } // leave the browser's own page zoom alone
      if (e.key === '+' || e.key === '=') { set(img, state(img).scale * 1.5); }
      else if (e.key === '-' || e.key === '_') { set(img, state(img).scale / 1.5); }
      else if (e.key === '0') { set(img, MIN); }
      else { return; }
      e.preventDefault();
    }
    document.addEventListener('keydown', onKey, true);
  }

  return {
    by: function (img, factor) { attach(img); set(img, state(img).scale * factor); },
    reset: function (img) { attach(img); set(img, MIN); }
  };
})();
