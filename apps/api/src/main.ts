import { resolve } from 'node:path';
import { pino } from 'pino';
import { DEMO_PASSWORD, DEMO_PLATFORM_ADMIN } from '@ancrage/registry';
import { readEnv } from './env';
import { startPlatform } from './platform';
import { buildServer } from './server';

const startedAt = performance.now();
const env = readEnv();
const log = pino({
  level: env.LOG_LEVEL,
  redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', '*.password'],
});

const platform = await startPlatform(env, log);
const app = await buildServer({
  services: platform.services,
  log,
  trustProxy: env.TRUST_PROXY,
  webDist: env.production ? resolve(env.WEB_DIST) : undefined,
});
await app.listen({ host: env.HOST, port: env.PORT });
log.info({ ms: Math.round(performance.now() - startedAt), database: platform.database.kind }, 'ancrage started');

if (env.seedDemo) {
  const url = env.publicUrl;
  process.stdout.write(
    [
      '',
      `  Ancrage is running: ${url}`,
      `  Portals: ${url}/t/meuse  ${url}/t/landes   Back-office: ${url}/t/meuse/admin`,
      `  Demo accounts (fictitious), password "${DEMO_PASSWORD}":`,
      '    admin@meuse.demo.ancrage.fr, charge@meuse.demo.ancrage.fr, partenaire@meuse.demo.ancrage.fr, elu@meuse.demo.ancrage.fr',
      '    admin@landes.demo.ancrage.fr, charge@landes.demo.ancrage.fr, partenaire@landes.demo.ancrage.fr, elu@landes.demo.ancrage.fr',
      `    ${DEMO_PLATFORM_ADMIN} (platform administrator)`,
      '',
    ].join('\n') + '\n',
  );
}

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down: finishing in-flight requests');
  await app.close();
  await platform.jobs.stop();
  await platform.database.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
