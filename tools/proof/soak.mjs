// `npm run proof:soak`: a bounded mixed load on loopback against the API (child
// process) on a throwaway PostgreSQL cluster with the demo data: portal reads,
// back-office reads, perimeters created then deleted, event registrations
// (which queue emails for the job worker). Passes with zero errors and the
// API's resident memory growing less than 10 % between the end of the warm-up
// and the end. SOAK_SECONDS (default 300), SOAK_CONNECTIONS (default 8).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { root } from '../scripts/run.mjs';
import { startApi } from './api-process.mjs';
import { checkList } from './checks.mjs';
import { answersFor, communeCodes, openEvent, signedInOfficer, TENANT } from './demo-data.mjs';
import { createDatabase, freePort, startPrivatePostgres } from './private-postgres.mjs';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 300);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 8);
const WARMUP_SECONDS = Math.min(60, Math.round(SECONDS * 0.2));
/** Memory is compared as medians over windows this long, so that one garbage collection does not decide. */
const WINDOW_SECONDS = Math.max(5, Math.min(15, Math.round(SECONDS * 0.1)));
const MAX_GROWTH = 0.1;
const runId = Date.now().toString(36);

const trpc = (path, input) => `/trpc/${path}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`}`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** The request sequence each connection loops over. */
function mixedRequests({ cookie, event, codes }) {
  const json = { 'content-type': 'application/json', 'x-ancrage-csrf': '1', 'x-tenant': TENANT };
  const staff = { 'x-tenant': TENANT, cookie };
  const body = (input) => JSON.stringify({ json: input });
  let sequence = 0;
  return [
    { method: 'GET', path: trpc('territory.summary') },
    { method: 'GET', setupRequest: (request) => ({ ...request, path: trpc('territory.communes', { page: 1 + (sequence++ % 20) }) }) },
    { method: 'GET', path: trpc('events.publicEvents', {}) },
    { method: 'GET', path: trpc('demography.publicIndicators', { subject: 'general-practice', level: 'epci' }) },
    { method: 'GET', path: trpc('territory.perimeters'), headers: staff },
    {
      method: 'POST',
      path: '/trpc/territory.createPerimeter',
      headers: { ...json, cookie },
      setupRequest: (request) => ({ ...request, body: body({ name: `Endurance ${runId} ${sequence++}`, kind: 'zip', communeCodes: codes }) }),
      onResponse: (status, responseBody, context) => {
        context.perimeterId = status === 200 ? JSON.parse(responseBody).result.data.json.id : undefined;
      },
    },
    { method: 'GET', path: trpc('demography.indicators', { subject: 'general-practice' }), headers: staff },
    {
      method: 'POST',
      path: '/trpc/territory.deletePerimeter',
      headers: { ...json, cookie },
      setupRequest: (request, context) => ({ ...request, body: body({ id: context.perimeterId }) }),
    },
    {
      method: 'POST',
      path: '/trpc/events.register',
      headers: json,
      setupRequest: (request) => ({
        ...request,
        body: body({ eventId: event.id, firstName: 'Camille', lastName: 'Endurance (fictif)', email: `endurance-${runId}-${sequence++}@example.org`, audience: event.audiences[0], answers: answersFor(event.questions), consent: true }),
      }),
    },
    { method: 'GET', path: trpc('events.events', {}), headers: staff },
  ];
}

async function main() {
  const { check, summary } = checkList('Soak test');
  console.log(`Soak test: ${SECONDS} s, ${CONNECTIONS} connections, warm-up ${WARMUP_SECONDS} s, memory compared over ${WINDOW_SECONDS} s windows.`);
  const cluster = await startPrivatePostgres();
  const folder = await mkdtemp(join(tmpdir(), 'ancrage-soak-'));
  let api;
  try {
    const dbUrl = await createDatabase(cluster.url, 'ancrage_soak');
    api = await startApi({ DATABASE_URL: dbUrl, DATA_DIR: join(folder, 'data'), TENANTS_DIR: join(root, 'tenants'), PORT: String(await freePort()), SEED_DEMO: 'true', RUN_JOBS: 'true' });
    const officer = await signedInOfficer(api);
    const requests = mixedRequests({ cookie: officer.cookie, event: await openEvent(api), codes: await communeCodes(dbUrl, 5) });

    const samples = [];
    const started = Date.now();
    const sampler = setInterval(async () => samples.push({ at: (Date.now() - started) / 1000, rssMb: await api.rssMb() }), 1000);
    // Requests without headers of their own (the portal's) name the tenant like the web app does.
    const result = await autocannon({ url: api.url, connections: CONNECTIONS, duration: SECONDS, requests, headers: { 'x-tenant': TENANT }, timeout: 30 });
    clearInterval(sampler);

    const window = (end) => samples.filter((s) => s.at > end - WINDOW_SECONDS && s.at <= end).map((s) => s.rssMb);
    const warmRss = median(window(WARMUP_SECONDS));
    const endRss = median(window(samples.at(-1)?.at ?? SECONDS));
    const growth = (endRss - warmRss) / warmRss;
    const figures = {
      date: new Date().toISOString(),
      seconds: SECONDS,
      connections: CONNECTIONS,
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      statusCodes: result.statusCodeStats,
      rssMb: { afterWarmup: Math.round(warmRss), end: Math.round(endRss), peak: Math.round(Math.max(...samples.map((s) => s.rssMb))) },
      rssGrowthPercent: Number((growth * 100).toFixed(1)),
    };
    console.log(JSON.stringify(figures, null, 2));
    await mkdir(join(root, 'tmp/proof'), { recursive: true });
    await writeFile(join(root, 'tmp/proof', `soak-${figures.date.slice(0, 10)}.json`), JSON.stringify({ ...figures, samples }, null, 2));

    check('soak', 'requests were served', result.requests.total > 0, `${result.requests.total} requests, ${figures.requestsPerSecond}/s, p50 ${figures.latencyMs.p50} ms, p99 ${figures.latencyMs.p99} ms`);
    check('soak', 'zero errors (connection errors, timeouts, non-2xx answers)', result.errors === 0 && result.timeouts === 0 && result.non2xx === 0, `${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`);
    check('soak', `memory (RSS) grows less than ${MAX_GROWTH * 100} % after the warm-up`, growth < MAX_GROWTH, `${figures.rssMb.afterWarmup} MB after warm-up → ${figures.rssMb.end} MB at the end (${figures.rssGrowthPercent} %)`);
  } finally {
    if (api) {
      api.kill('SIGTERM');
      await api.exited;
    }
    await cluster.destroy();
    await rm(folder, { recursive: true, force: true });
  }
  process.exitCode = summary() ? 0 : 1;
}

await main();
