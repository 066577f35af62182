export * from './demography.manifest';
export * from './demography.schema';
export * from './rpps';
