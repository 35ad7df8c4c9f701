// Which part of the world the map shows. ECharts draws every registered shape even beyond a map's bounding box
// (over the title and legend), so shapes are cut to the view before they are registered.

/** The view: west, south, east, north (degrees). Wide enough for Iceland, Cyprus, Türkiye and the Caucasus. */
export const EUROPE_VIEW = { west: -25, south: 33, east: 50, north: 71.5 };

const clamp = (value, low, high) => Math.min(high, Math.max(low, value));

/** A longitude past the antimeridian (Russia's Chukotka is one ring from 180°E on to -170°) taken east of 180°. */
const eastward = (x) => (x < -168 ? x + 360 : x);

/** Whether a GeoJSON ring list (Polygon coordinates) has any point inside `view`. */
function touches(polygon, view) {
  return polygon.some((ring) =>
    ring.some(([x, y]) => x >= view.west && x <= view.east && y >= view.south && y <= view.north),
  );
}

/**
 * A Polygon/MultiPolygon feature cut to `view`, or null when nothing of it lies inside. Polygons with no point in
 * the view are dropped (French Guiana, Svalbard, Russia's Pacific coast); the rest have their points clamped to the
 * view's edges: exact inside the view, a straight edge along its border (and no shape drawn beyond it).
 */
export function cropToView(feature, view = EUROPE_VIEW) {
  const { type, coordinates } = feature.geometry ?? {};
  const polygons = type === 'Polygon' ? [coordinates] : type === 'MultiPolygon' ? coordinates : [];
  const kept = polygons
    .filter((polygon) => touches(polygon, view))
    .map((polygon) =>
      polygon.map((ring) =>
        ring.map(([x, y]) => [clamp(eastward(x), view.west, view.east), clamp(y, view.south, view.north)]),
      ),
    );
  if (!kept.length) return null;
  return { ...feature, geometry: { type: 'MultiPolygon', coordinates: kept } };
}
