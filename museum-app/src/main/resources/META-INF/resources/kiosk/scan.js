/*
 * The kiosk's camera: shows the camera's picture and reads QR codes from its frames with jsQR
 * (loaded before this script). Every code read goes to the server, which decides whether it is one
 * of the museum's. The camera is released (its tracks stopped) when the page is left, the page is
 * unloaded, or the view's element is no longer in the document: a kiosk runs for weeks.
 */
window.museumKiosk = window.museumKiosk || {};
window.museumKiosk.stopScan = function () {
  var state = window.museumKiosk.scanState;
  if (!state || state.stopped) {
    return;
  }
  state.stopped = true;
  clearTimeout(state.timer);
  if (state.stream) {
    state.stream.getTracks().forEach(function (track) { track.stop(); });
  }
  if (state.video) {
    state.video.pause();
    state.video.srcObject = null;
  }
};
window.museumKiosk.scan = function (element, video) {
  var kiosk = window.museumKiosk;
  kiosk.stopScan();
  var state = { stopped: false, stream: null, timer: null, video: video };
  kiosk.scanState = state;
  if (!kiosk.scanUnloadOn) {
    kiosk.scanUnloadOn = true;
    window.addEventListener('pagehide', function () { window.museumKiosk.stopScan(); });
  }
  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    element.$server.camera(false);
    return;
  }
  navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }).then(function (stream) {
    if (state.stopped || !element.isConnected) {
      stream.getTracks().forEach(function (track) { track.stop(); });
      return;
    }
    state.stream = stream;
    // Kept so anyone can check that the camera was really released.
    kiosk.scanTracks = stream.getTracks();
    video.muted = true;
    video.srcObject = stream;
    video.play().catch(function () {});
    element.$server.camera(true);
    var canvas = document.createElement('canvas');
    var context = canvas.getContext('2d', { willReadFrequently: true });
    var last = null;
    var lastAt = 0;
    var tick = function () {
      if (state.stopped) {
        return;
      }
      if (!element.isConnected) {
        kiosk.stopScan();
        return;
      }
      if (window.jsQR && video.readyState >= 2 && video.videoWidth > 0) {
        // At most 800 pixels wide: enough for a label held up to the camera, light on the kiosk's CPU.
        var scale = Math.min(1, 800 / video.videoWidth);
        canvas.width = Math.round(video.videoWidth * scale);
        canvas.height = Math.round(video.videoHeight * scale);
        context.drawImage(video, 0, 0, canvas.width, canvas.height);
        var image = context.getImageData(0, 0, canvas.width, canvas.height);
        var code = window.jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
        // The same code is sent once, then again only after a pause (it stays in front of the camera).
        if (code && code.data && (code.data !== last || Date.now() - lastAt > 4000)) {
          last = code.data;
          lastAt = Date.now();
          element.$server.scanned(code.data, location.origin);
        }
      }
      state.timer = setTimeout(tick, 200);
    };
    tick();
  }).catch(function () {
    if (!state.stopped) {
      element.$server.camera(false);
    }
  });
};
