export * from './territory.manifest';
export * from './territory.schema';
export * from './search-name';
export * from './territory-service';
