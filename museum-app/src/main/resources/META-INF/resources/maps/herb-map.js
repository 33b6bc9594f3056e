/*
 * The museum's maps: Leaflet (loaded by URL from its WebJar) draws the province outline, the
 * points the graph holds and, when a tile server is configured, the tiles under them. Without a
 * tile server (an offline kiosk) the outline and the points are drawn on a plain background.
 * Popups are built from text nodes only: nothing from the data is read as HTML.
 */
window.museumMap = window.museumMap || {
  render: function (element, config) {
    if (element._museumMap) {
      element._museumMap.remove();
    }
    var map = L.map(element, { zoomSnap: 0.25, minZoom: 6, maxZoom: 18, attributionControl: true });
    element._museumMap = map;
    if (config.tileUrl) {
      L.tileLayer(config.tileUrl, { attribution: config.tileAttribution || '', maxZoom: 18 }).addTo(map);
    }
    var outline = L.geoJSON(config.outline, {
      interactive: false,
      style: { color: '#2f6b3a', weight: 2, dashArray: config.outlineApproximate ? '8 6' : null, fillColor: '#2f6b3a', fillOpacity: 0.06 }
    }).addTo(map);
    var bounds = outline.getBounds();
    config.markers.forEach(function (m) {
      // A commune is a small circle, drawn over the outline; a former district (or a species' place) a pin.
      var marker = m.commune
        ? L.circleMarker([m.lat, m.lon], { radius: 5, color: '#7a3e00', weight: 1.5, fillColor: '#e0a040', fillOpacity: 0.9,
            className: 'museum-commune-point' }).addTo(map)
        : L.marker([m.lat, m.lon], { title: m.title, alt: m.title, keyboard: true }).addTo(map);
      if (m.commune) {
        marker.bindTooltip(m.title);
      }
      marker.bindPopup(function () { return window.museumMap.popup(m); });
      if (m.generalised) {
        L.rectangle([[m.cellSouth, m.cellWest], [m.cellNorth, m.cellEast]],
          { color: '#b26a00', weight: 1, dashArray: '4 4', fillOpacity: 0.08 }).addTo(map);
      }
      bounds.extend([m.lat, m.lon]);
    });
    // Leaflet's zoom buttons are links to "#": make them plain buttons, so no link leads anywhere.
    element.querySelectorAll('.leaflet-control-zoom a').forEach(function (button) {
      button.removeAttribute('href');
      button.setAttribute('tabindex', '0');
    });
    // The credit stays, as text: a kiosk must offer no way out to the web.
    map.attributionControl.setPrefix('Leaflet');
    if (config.outlineLabel) {
      map.attributionControl.addAttribution(config.outlineLabel);
    }
    var fit = function () {
      map.invalidateSize();
      map.fitBounds(bounds, { padding: [16, 16] });
      element.setAttribute('data-zoom', String(map.getZoom()));
    };
    fit();
    element.setAttribute('data-markers', String(config.markers.length));
    // Leaflet measures its box once; a box sized later (stylesheet arriving, rotation) needs telling,
    // and the whole province fitted again until the visitor has moved the map.
    var moved = false;
    ['pointerdown', 'wheel', 'keydown'].forEach(function (type) {
      element.addEventListener(type, function () { moved = true; }, { passive: true });
    });
    if (window.ResizeObserver) {
      new ResizeObserver(function () {
        if (moved) {
          map.invalidateSize();
        } else {
          fit();
        }
      }).observe(element);
    }
  },
  popup: function (m) {
    var box = document.createElement('div');
    box.className = 'museum-map-popup';
    var title = document.createElement(m.link ? 'a' : 'strong');
    title.textContent = m.title;
    if (m.link) {
      title.setAttribute('href', m.link);
    }
    box.appendChild(title);
    (m.lines || []).forEach(function (line) {
      var p = document.createElement('p');
      p.textContent = line;
      box.appendChild(p);
    });
    return box;
  }
};
