export type { CommuneProperties, CommuneFeatureCollection, ContextFeatureCollection } from './commune-features';
export { type ChoroplethClass, SEQUENTIAL_PALETTE, quantileClasses, classFor } from './choropleth-classes';
export { MapLegend } from './map-legend';
export { ChoroplethMap } from './choropleth-map';
