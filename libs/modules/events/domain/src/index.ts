export * from './events.manifest';
export * from './events.schema';
