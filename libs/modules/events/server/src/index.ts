export { eventsServer } from './events.server';
