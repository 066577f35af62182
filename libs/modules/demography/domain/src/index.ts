export * from './demography.manifest';
export * from './demography.schema';
export * from './rpps';
export * from './geography';
export * from './professions';
export * from './indicators';
export * from './accessibility';
