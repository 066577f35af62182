export { incentivesServer } from './incentives.server';
