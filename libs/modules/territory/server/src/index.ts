export { territoryServer } from './territory.server';
export { territoryService, type TerritoryService } from './territory.service';
export { syncReferenceGeography } from './reference-geography';
