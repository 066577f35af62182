export * from './auth.schema';
export * from './users.schema';
export * from './tenant.schema';
