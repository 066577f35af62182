export * from './centre-governance.manifest';
export * from './centre-governance.schema';
