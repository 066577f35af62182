import type { TRPCRouterRecord } from '@trpc/server';
import { eventProcedures } from './event.procedures';
import { portalProcedures } from './portal.procedures';
import { registrationProcedures } from './registration.procedures';
import { reportProcedures } from './report.procedures';

/** Every procedure of the events module, under `events.` in the app router. */
export const eventsRouter = {
  ...portalProcedures,
  ...eventProcedures,
  ...registrationProcedures,
  ...reportProcedures,
} satisfies TRPCRouterRecord;
