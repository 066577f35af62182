export * from './app-error';
export * from './context';
export * from './init';
export * from './procedures';
export * from './platform-manifest';
