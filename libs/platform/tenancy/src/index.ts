export * from './departements';
export * from './create-tenant';
export * from './module-settings';
export * from './tenant-context';
export * from './tenants.router';
export * from './modules.router';
export * from './back-office.router';
