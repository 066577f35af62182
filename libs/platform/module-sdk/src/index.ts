export * from './permissions';
export * from './define-module';
export * from './define-module-server';
export * from './define-module-web';
export * from './module-order';
export * from './tenant-settings';
export * from './module-catalog';
