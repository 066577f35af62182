import { TRPCError } from '@trpc/server';
import type { FastifyInstance } from 'fastify';
import { appRouter, createRequestContext } from '@ancrage/registry';
import { createCallerFactory, type PlatformServices } from '@ancrage/trpc';
import { requestInput } from './request-input';

const createCaller = createCallerFactory(appRouter);
const noCookies = { set: () => undefined, clear: () => undefined };

/** The tenant's events as a plain iCalendar address that calendar apps subscribe to (no tRPC header, no cookies). */
export async function registerEventsCalendarRoute(app: FastifyInstance, services: PlatformServices) {
  app.get<{ Params: { tenant: string } }>('/api/t/:tenant/events/calendar.ics', async (request, reply) => {
    const ctx = await createRequestContext(services, { ...requestInput(request, noCookies), tenantSlug: request.params.tenant, sessionToken: undefined });
    try {
      const feed = await createCaller(ctx).events.calendarFeed();
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', `inline; filename="${feed.filename}"`)
        .header('cache-control', 'public, max-age=900')
        .send(feed.content);
    } catch (error) {
      // Unknown département, or events not enabled there.
      if (error instanceof TRPCError && error.code === 'NOT_FOUND') return reply.code(404).send({ error: { message: ctx.t(error.message) } });
      throw error;
    }
  });
}
