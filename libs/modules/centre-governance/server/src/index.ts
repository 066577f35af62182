export { centreGovernanceServer } from './centre-governance.server';
