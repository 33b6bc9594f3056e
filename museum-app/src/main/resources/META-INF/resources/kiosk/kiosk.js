/*
 * The kiosk's browser side: the idle timer that hands the screen back to the attract loop, the
 * slides of the attract loop, and placeholders for pictures that cannot be loaded.
 *
 * Idle: after the configured time without a touch, key or scroll, the kiosk tells the server
 * (which frees the visitor's session and sends the browser to the attract loop). If the server does
 * not answer — restarting, or the network gone — the page checks every few seconds and goes to the
 * attract loop as soon as the server answers again, so the kiosk recovers on its own.
 */
window.museumKiosk = window.museumKiosk || {
  idle: function (element, milliseconds, attractUrl) {
    var kiosk = window.museumKiosk;
    if (kiosk.stopIdle) {
      kiosk.stopIdle();
    }
    var timer = null;
    var fire = function () {
      element.dispatchEvent(new CustomEvent('kiosk-idle'));
      kiosk.leaveWhenUp(attractUrl, 5000);
    };
    var restart = function () {
      clearTimeout(timer);
      timer = setTimeout(fire, milliseconds);
    };
    var types = ['pointerdown', 'touchstart', 'keydown', 'wheel', 'scroll'];
    types.forEach(function (type) { document.addEventListener(type, restart, { capture: true, passive: true }); });
    kiosk.stopIdle = function () {
      clearTimeout(timer);
      types.forEach(function (type) { document.removeEventListener(type, restart, { capture: true }); });
    };
    restart();
  },
  leaveWhenUp: function (url, delay) {
    var check = function () {
      fetch(url, { method: 'HEAD', cache: 'no-store' })
        .then(function (response) { if (response.ok) { location.assign(url); } else { setTimeout(check, 5000); } })
        .catch(function () { setTimeout(check, 5000); });
    };
    setTimeout(check, delay);
  },
  placeholders: function () {
    if (window.museumKiosk.placeholdersOn) {
      return;
    }
    window.museumKiosk.placeholdersOn = true;
    // A picture that fails (media store down, object missing) gives way to its tile's placeholder.
    document.addEventListener('error', function (event) {
      var target = event.target;
      if (target && target.tagName === 'IMG') {
        target.classList.add('kiosk-media-missing');
      }
    }, true);
  },
  attract: function (element, milliseconds) {
    var slides = element.querySelectorAll('.kiosk-slide');
    var shown = 0;
    if (element._attractTimer) {
      clearInterval(element._attractTimer);
    }
    slides.forEach(function (slide, index) { slide.classList.toggle('kiosk-slide-shown', index === 0); });
    element.setAttribute('data-slide', '0');
    element._attractTimer = setInterval(function () {
      if (slides.length === 0) {
        return;
      }
      slides[shown].classList.remove('kiosk-slide-shown');
      shown = (shown + 1) % slides.length;
      slides[shown].classList.add('kiosk-slide-shown');
      element.setAttribute('data-slide', String(shown));
    }, milliseconds);
  }
};
