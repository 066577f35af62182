import type { CommuneFeatureCollection, ContextFeatureCollection } from '@ancrage/ui';

interface ApiFeatures {
  features: { type: 'Feature'; properties: { code: string; name: string }; geometry: object }[];
}

/** The API sends the stored contours as plain GeoJSON objects; they are commune polygons (checked at import). */
export function communeFeatures(collection: ApiFeatures): CommuneFeatureCollection {
  return { type: 'FeatureCollection', features: collection.features } as CommuneFeatureCollection;
}

export function contextFeatures(collection: ApiFeatures): ContextFeatureCollection {
  return { type: 'FeatureCollection', features: collection.features } as ContextFeatureCollection;
}
