export * from './events.manifest';
export * from './audiences';
// Paris wall-clock helpers live in the platform; re-exported for this module's pages and server.
export { PARIS_TIME_ZONE, PARIS_DATE_TIME_PATTERN, PARIS_DAY_PATTERN, parisToDate, dateToParis, parisDay, parisDayStart, addDays } from '@ancrage/i18n';
export * from './event.schema';
export * from './registration.schema';
export * from './capacity';
export * from './event-status';
export * from './kpis';
export * from './search-text';
export * from './event-period';
