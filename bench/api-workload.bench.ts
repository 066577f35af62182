// `npm run bench api-workload`: a mixed workload of tenant-scoped reads and
// writes through tRPC (the API as started in production, on PostgreSQL), with
// autocannon at several concurrencies, beside a bare Fastify server running the
// same SQL through the same pool settings (api-workload-bare-server.ts). The
// ratio is the price of tRPC, sessions, validation and row-level security.
// Also: the initial JavaScript (gzip) of the portal and of the back-office.
// BENCH_SECONDS (default 10) per run, BENCH_CONCURRENCIES (default 1,8,32).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { build } from 'vite';
import { hashPassword } from '@ancrage/auth';
import { tenantFileSchema } from '@ancrage/contracts';
import { migrateToLatest, openDatabase, withTenant, type PlatformDatabase } from '@ancrage/db';
import { catalog, migrationGroups, runEnableHook } from '@ancrage/registry';
import { createTenant } from '@ancrage/tenancy';
import type { TerritoryDatabase } from '../libs/modules/territory/server/src/territory-schema.ts';
import { root, workspaceEnv } from '../tools/scripts/run.mjs';

const serverUrl = process.env['BENCH_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const CONCURRENCIES = (process.env['BENCH_CONCURRENCIES'] ?? '1,8,32').split(',').map(Number);
const POOL_SIZE = 10;
const PERIMETERS = 64;
const PASSWORD = 'benchmark password, not a secret';
const OFFICER = 'officer@bench.test';

/** The part of autocannon's API used here (the package ships no types). */
interface LoadRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: LoadRequest, context: Record<string, unknown>) => LoadRequest;
}
interface LoadResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
const load = autocannon as (options: { url: string; connections: number; duration: number; requests: LoadRequest[]; timeout: number }) => Promise<LoadResult>;

interface RunFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

export interface ApiWorkloadResult {
  date: string;
  secondsPerRun: number;
  poolSize: number;
  mix: string;
  runs: { connections: number; trpc: RunFigures; bare: RunFigures; throughputRatio: number; p50Ratio: number; p99Ratio: number }[];
  initialJavaScriptGzipKb: { portal: number; backOffice: number };
}

const withDatabase = (name: string) => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Meuse with its communes, an officer, and perimeters to read and update. */
async function prepare(url: string) {
  const database = await openDatabase({ url });
  try {
    const db = database.db as Kysely<PlatformDatabase>;
    await migrateToLatest(db, migrationGroups);
    const file = tenantFileSchema.parse({ slug: 'meuse', name: 'Département de la Meuse', departementCode: '55', modules: { territory: { enabled: true } } });
    const tenantId = await createTenant(db, catalog, file, runEnableHook);
    const user = await db.insertInto('platformUser').values({ email: OFFICER, displayName: 'Bench', passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: new Date(), isPlatformAdmin: false }).returning('id').executeTakeFirstOrThrow();
    return await withTenant(db, tenantId, async (trx) => {
      await trx.insertInto('platformMembership').values({ tenantId, userId: user.id, role: 'officer' }).execute();
      const territory = trx as unknown as Kysely<TerritoryDatabase>;
      const codes = (await territory.selectFrom('territoryCommune').select('code').orderBy('code').limit(40).execute()).map((c) => c.code);
      const ids: string[] = [];
      for (let i = 0; i < PERIMETERS; i++) {
        const { id } = await territory.insertInto('territoryPerimeter').values({ tenantId, name: `Périmètre ${i}`, kind: 'cpts', description: '' }).returning('id').executeTakeFirstOrThrow();
        await territory.insertInto('territoryPerimeterCommune').values(codes.slice(i % 20, (i % 20) + 20).map((communeCode) => ({ tenantId, perimeterId: id, communeCode }))).execute();
        ids.push(id);
      }
      return { ids, codes };
    });
  } finally {
    await database.close();
  }
}

function startProcess(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: root, env: { ...workspaceEnv, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function waitFor(url: string, child: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: process exited`);
    if (await fetch(url).then((r) => r.status < 500, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer`);
}

async function stop(child: ChildProcess) {
  child.kill('SIGTERM');
  await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.on('exit', resolve)));
}

/**
 * One connection's loop: three reads and one write, as officers use the
 * back-office. `route` builds each request for tRPC or for the bare server.
 */
function mixedRequests(route: (kind: 'communes' | 'list' | 'detail' | 'update', values: { page: number; id: string; name: string; codes: string[] }) => LoadRequest, ids: string[], codes: string[]) {
  let next = 0;
  let sequence = 0;
  const values = (context: Record<string, unknown>) => {
    // Each connection updates its own perimeter: concurrent saves of one perimeter are not what this measures.
    context['id'] ??= ids[next++ % ids.length];
    sequence += 1;
    return { page: 1 + (sequence % 10), id: context['id'] as string, name: `Périmètre ${context['id']} v${sequence}`, codes: codes.slice(sequence % 20, (sequence % 20) + 20) };
  };
  return (['communes', 'list', 'detail', 'update'] as const).map((kind) => ({
    setupRequest: (request: LoadRequest, context: Record<string, unknown>) => ({ ...request, ...route(kind, values(context)) }),
  }));
}

const trpcQuery = (path: string, input?: unknown) => `/trpc/${path}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`}`;

async function measure(url: string, connections: number, requests: LoadRequest[], seconds: number): Promise<RunFigures> {
  const result = await load({ url, connections, duration: seconds, requests, timeout: 30 });
  return { requestsPerSecond: Math.round(result.requests.average), p50Ms: result.latency.p50, p99Ms: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx };
}

/** Gzipped size of the JavaScript a first visit loads: the entry, its static imports, and the landing page's chunk with its own. */
async function initialJavaScript(): Promise<{ portal: number; backOffice: number }> {
  const outDir = await mkdtemp(join(tmpdir(), 'ancrage-web-bench-'));
  try {
    await build({ configFile: join(root, 'apps/web/vite.config.mts'), logLevel: 'warn', build: { outDir, emptyOutDir: true, manifest: true, sourcemap: false } });
    const manifest = JSON.parse(await readFile(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;
    const closure = (keys: string[], seen = new Set<string>()): Set<string> => {
      for (const key of keys) if (!seen.has(key) && manifest[key]) closure(manifest[key].imports ?? [], seen.add(key));
      return seen;
    };
    const entry = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
    const gzipKb = async (keys: Set<string>) => {
      let bytes = 0;
      for (const key of keys) if (manifest[key]?.file.endsWith('.js')) bytes += gzipSync(await readFile(join(outDir, manifest[key].file))).length;
      return Math.round(bytes / 1024);
    };
    return {
      portal: await gzipKb(closure([...entry, 'src/portal/portal-home.page.tsx'])),
      backOffice: await gzipKb(closure([...entry, 'src/admin/dashboard/dashboard.page.tsx'])),
    };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

export async function runApiWorkloadBenchmark(): Promise<ApiWorkloadResult> {
  const initialJavaScriptGzipKb = await initialJavaScript();
  const name = `ancrage_bench_api_${Date.now()}`;
  await admin(`create database ${name}`);
  const tenants = await mkdtemp(join(tmpdir(), 'ancrage-bench-tenants-'));
  const processes: ChildProcess[] = [];
  try {
    const url = withDatabase(name);
    const { ids, codes } = await prepare(url);
    const [apiPort, barePort] = [3271, 3272];
    const api = startProcess(['apps/api/src/main.ts'], { DATABASE_URL: url, DATABASE_POOL_SIZE: String(POOL_SIZE), PORT: String(apiPort), TENANTS_DIR: tenants, SEED_DEMO: 'false', RUN_JOBS: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'production' });
    const bare = startProcess(['bench/api-workload-bare-server.ts'], { BARE_DATABASE_URL: url, BARE_POOL_SIZE: String(POOL_SIZE), BARE_PORT: String(barePort) });
    processes.push(api, bare);
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    const bareUrl = `http://127.0.0.1:${barePort}`;
    await waitFor(`${apiUrl}/readyz`, api);
    await waitFor(`${bareUrl}/bare/perimeters`, bare);

    const login = await fetch(`${apiUrl}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-ancrage-csrf': '1', 'x-tenant': 'meuse' },
      body: JSON.stringify({ json: { email: OFFICER, password: PASSWORD } }),
    });
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith('ancrage_session='))?.split(';')[0];
    if (!cookie) throw new Error(`sign-in failed: ${login.status}`);
    const staff = { 'x-tenant': 'meuse', cookie };

    const viaTrpc = mixedRequests(
      (kind, v) =>
        kind === 'communes'
          ? { method: 'GET', path: trpcQuery('territory.communes', { page: v.page, pageSize: 25 }), headers: { 'x-tenant': 'meuse' } }
          : kind === 'list'
            ? { method: 'GET', path: trpcQuery('territory.perimeters'), headers: staff }
            : kind === 'detail'
              ? { method: 'GET', path: trpcQuery('territory.perimeter', { id: v.id }), headers: staff }
              : {
                  method: 'POST',
                  path: '/trpc/territory.updatePerimeter',
                  headers: { ...staff, 'content-type': 'application/json', 'x-ancrage-csrf': '1' },
                  body: JSON.stringify({ json: { id: v.id, name: v.name, kind: 'cpts', description: '', communeCodes: v.codes } }),
                },
      ids,
      codes,
    );
    const viaBare = mixedRequests(
      (kind, v) =>
        kind === 'communes'
          ? { method: 'GET', path: `/bare/communes?page=${v.page}` }
          : kind === 'list'
            ? { method: 'GET', path: '/bare/perimeters' }
            : kind === 'detail'
              ? { method: 'GET', path: `/bare/perimeters/${v.id}` }
              : { method: 'POST', path: `/bare/perimeters/${v.id}`, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: v.name, kind: 'cpts', description: '', communeCodes: v.codes }) },
      ids,
      codes,
    );

    // Warm both servers (JIT, pools) before measuring.
    await measure(apiUrl, 4, viaTrpc, 2);
    await measure(bareUrl, 4, viaBare, 2);
    const runs: ApiWorkloadResult['runs'] = [];
    for (const connections of CONCURRENCIES) {
      const trpc = await measure(apiUrl, connections, viaTrpc, SECONDS);
      const bareFigures = await measure(bareUrl, connections, viaBare, SECONDS);
      const ratio = (a: number, b: number) => Number((a / b).toFixed(2));
      runs.push({
        connections,
        trpc,
        bare: bareFigures,
        throughputRatio: ratio(bareFigures.requestsPerSecond, trpc.requestsPerSecond),
        p50Ratio: ratio(trpc.p50Ms, bareFigures.p50Ms),
        p99Ratio: ratio(trpc.p99Ms, bareFigures.p99Ms),
      });
    }
    return {
      date: new Date().toISOString(),
      secondsPerRun: SECONDS,
      poolSize: POOL_SIZE,
      mix: 'per connection, in turn: communes page (public), perimeters list, one perimeter, update of that perimeter (officer)',
      runs,
      initialJavaScriptGzipKb,
    };
  } finally {
    for (const child of processes) await stop(child);
    await rm(tenants, { recursive: true, force: true });
    await admin(`drop database if exists ${name} with (force)`);
  }
}

export function apiWorkloadTable(result: ApiWorkloadResult): string {
  const rows = result.runs.map(
    (run) =>
      `| ${run.connections} | ${run.trpc.requestsPerSecond} | ${run.bare.requestsPerSecond} | ${run.throughputRatio} | ${run.trpc.p50Ms} / ${run.trpc.p99Ms} | ${run.bare.p50Ms} / ${run.bare.p99Ms} | ${run.p50Ratio} / ${run.p99Ratio} | ${run.trpc.errors + run.bare.errors} |`,
  );
  return [
    '| connections | tRPC req/s | bare req/s | bare / tRPC | tRPC p50 / p99 (ms) | bare p50 / p99 (ms) | tRPC / bare p50 / p99 | errors |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Initial JavaScript (gzip): portal ${result.initialJavaScriptGzipKb.portal} kB, back-office ${result.initialJavaScriptGzipKb.backOffice} kB.`,
  ].join('\n');
}
