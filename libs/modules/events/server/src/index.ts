export { eventsServer } from './events.server';
export { eventsService, type EventsService } from './events.service';
