export * from './density';
export * from './evolution';
export * from './age-profile';
export * from './aggregate';
