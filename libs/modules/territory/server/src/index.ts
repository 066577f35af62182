export { territoryServer } from './territory.server';
export { syncReferenceGeography } from './reference-geography';
