export { demographyServer } from './demography.server';
