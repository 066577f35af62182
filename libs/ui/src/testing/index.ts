export * from './render-with-ui';
export * from './render-module-page';
