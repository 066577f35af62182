export * from './match-name';
export * from './neighbour-departements';
export * from './centroid';
