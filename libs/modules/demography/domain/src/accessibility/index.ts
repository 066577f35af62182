export * from './accessibility-input-error';
export * from './accessibility.types';
export * from './classify-communes';
export * from './compute-accessibility';
export * from './compute-accessibility-naive';
export * from './rank-placements';
export * from './run-scenario';
export { travelMinutes } from './travel-time';
