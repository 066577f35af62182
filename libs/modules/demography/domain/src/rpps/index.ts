export * from './rpps-columns';
export * from './rpps-header';
export * from './rpps-situation';
