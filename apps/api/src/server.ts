import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance } from 'fastify';
import { appRouter, createRequestContext, type AppRouter } from '@ancrage/registry';
import type { PlatformServices } from '@ancrage/trpc';
import { requireCsrfHeader } from './csrf';
import { registerEventsCalendarRoute } from './events-calendar.routes';
import { registerFileRoutes } from './files.routes';
import { registerOwnFileRoutes } from './own-files.routes';
import { readiness } from './readiness';
import { requestInput, requestTranslator } from './request-input';
import { requestLogValue } from './request-log';

export interface ServerOptions {
  services: PlatformServices;
  log: FastifyBaseLogger;
  trustProxy: boolean;
  /** Built web app to serve on the same port (production). */
  webDist?: string | undefined;
  /** Largest data file accepted for imports (default 1 GiB). */
  maxImportBytes?: number | undefined;
}

const BODY_LIMIT = 2 * 1024 * 1024;

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { services } = options;
  const app = Fastify({
    loggerInstance: options.log.child({}, { serializers: { req: requestLogValue } }),
    trustProxy: options.trustProxy,
    bodyLimit: BODY_LIMIT,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    // In-flight requests finish on close; idle keep-alive sockets do not hold shutdown.
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 5000 },
  });

  // While closing, answers end their connection so that shutdown does not wait on keep-alive sockets.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (closing) reply.header('connection', 'close');
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'https:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: services.config.secureCookies,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
  await app.register(cookie);

  // Failures outside tRPC (files, static) never show their internals: logged, answered in the user's words.
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status < 500) return reply.code(status).send({ error: { message: error.message } });
    request.log.error({ err: error }, 'request failed');
    const t = requestTranslator(request);
    return reply.code(500).send({ error: { message: t('errors:internal'), i18nKey: 'errors:internal' } });
  });

  app.get('/healthz', async () => ({ status: 'ok' }));
  const isReady = readiness(services.database);
  app.get('/readyz', async (_request, reply) => {
    const state = await isReady();
    return reply.code(state.ready ? 200 : 503).send(state);
  });

  await app.register(async (trpc) => {
    trpc.addHook('onRequest', requireCsrfHeader);
    await trpc.register(fastifyTRPCPlugin, {
      prefix: '/trpc',
      trpcOptions: {
        router: appRouter,
        createContext: ({ req, res }) =>
          createRequestContext(
            services,
            requestInput(req, {
              set: (name, value, { maxAgeSeconds }) =>
                void res.setCookie(name, value, { httpOnly: true, sameSite: 'lax', secure: services.config.secureCookies, path: '/', maxAge: maxAgeSeconds }),
              clear: (name) => void res.clearCookie(name, { path: '/' }),
            }),
          ),
        onError: ({ error, path, ctx }) => {
          if (error.code === 'INTERNAL_SERVER_ERROR') ctx?.log.error({ err: error.cause ?? error, path }, 'procedure failed');
        },
      } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
    });
  });

  await registerFileRoutes(app, services, options.maxImportBytes);
  await registerOwnFileRoutes(app, services);
  await registerEventsCalendarRoute(app, services);

  if (options.webDist && existsSync(join(options.webDist, 'index.html'))) {
    await app.register(fastifyStatic, { root: options.webDist, maxAge: '1h' });
    // Client-side routes (/t/meuse/admin…) get the SPA shell.
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/trpc') && request.headers.accept?.includes('text/html')) {
        return reply.header('cache-control', 'no-cache').sendFile('index.html');
      }
      return reply.code(404).send({ error: 'Not Found' });
    });
  }
  return app;
}
