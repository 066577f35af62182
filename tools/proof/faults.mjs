// `npm run proof:faults`: the API as a child process on a throwaway PostgreSQL
// cluster (its own folder and port, never the shared server), put through:
//   A. SIGKILL during a bulk write, and during an RPPS import, then restart:
//      every acknowledged write is there whole, nothing half-written is seen,
//      the interrupted import is invisible to readers, then redone from scratch;
//   B. PostgreSQL stopped and restarted under load: /readyz answers 503 during
//      the outage and 200 again by itself, no acknowledged write is lost;
//   C. SIGTERM while requests are in flight: they finish, new ones are refused,
//      the process exits 0.
// Prints PASS/FAIL per check and exits non-zero on any failure.
// FAULTS_RPPS_SCALE sizes the import (default 3, about 15 s of import);
// FAULTS_REAL_LOCK_EXPIRY=1 waits the job lock's 5 minutes instead of expiring it;
// FAULTS_SCENARIOS=A1,B runs some of them.
import { openAsBlob } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { studyAreaDepartements } from '@ancrage/demography-domain';
import { writeRppsFile } from '../../libs/modules/demography/server/src/demo/index.ts';
import { root } from '../scripts/run.mjs';
import { readiness, sleep, startApi } from './api-process.mjs';
import { checkList } from './checks.mjs';
import { answersFor, communeCodes, openEvent, signedInOfficer, TENANT } from './demo-data.mjs';
import { createDatabase, freePort, startPrivatePostgres, withOwner } from './private-postgres.mjs';
import { trpcClient } from './trpc-client.mjs';

const RPPS_SCALE = Number(process.env.FAULTS_RPPS_SCALE ?? 3);
const ONLY = (process.env.FAULTS_SCENARIOS ?? '').split(',').filter(Boolean);
const runId = Date.now().toString(36);
const { check, fail, summary } = checkList('Fault tests');

const until = async (condition, timeoutMs, stepMs = 100) => {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) return false;
    await sleep(stepMs);
  }
  return true;
};

const isRunning = (api) => Promise.race([api.exited.then(() => false), sleep(50).then(() => true)]);

/** Keeps `workers` loops calling `step(i)` until stopped; `step` returns true when the write was acknowledged. */
function load(workers, step) {
  let next = 0;
  let stopped = false;
  const outcomes = { acknowledged: 0, refused: 0, unanswered: 0, statuses: {} };
  const loops = Array.from({ length: workers }, async () => {
    while (!stopped) {
      const i = next++;
      try {
        const answer = await step(i);
        if (answer.ok) outcomes.acknowledged++;
        else outcomes.refused++;
        outcomes.statuses[answer.status] = (outcomes.statuses[answer.status] ?? 0) + 1;
      } catch {
        outcomes.unanswered++;
        await sleep(50);
      }
    }
  });
  return {
    outcomes,
    async stop() {
      stopped = true;
      await Promise.all(loops);
    },
  };
}

/** A. SIGKILL in the middle of concurrent perimeter creations and event registrations. */
async function killDuringBulkWrite(context) {
  const scenario = 'A1 SIGKILL during bulk writes';
  const officer = await signedInOfficer(context.api);
  const visitor = trpcClient(context.api.url, { tenant: TENANT });
  const codes = await communeCodes(context.dbUrl, 50);
  const event = await openEvent(context.api);
  const acknowledged = { perimeters: [], registrations: [] };
  const writes = load(16, async (i) => {
    if (i % 2 === 0) {
      const name = `Faute ${runId} ${i}`;
      const answer = await officer.mutation('territory.createPerimeter', { name, kind: 'cpts', communeCodes: codes });
      if (answer.ok) acknowledged.perimeters.push({ id: answer.data.id, name });
      return answer;
    }
    const email = `faute-${runId}-${i}@example.org`;
    const answer = await visitor.mutation('events.register', {
      eventId: event.id,
      firstName: 'Camille',
      lastName: 'Essai (fictif)',
      email,
      audience: event.audiences[0],
      answers: answersFor(event.questions),
      consent: true,
    });
    if (answer.ok) acknowledged.registrations.push(email);
    return answer;
  });
  await until(() => acknowledged.perimeters.length + acknowledged.registrations.length >= 60, 60_000);
  context.api.kill('SIGKILL');
  await context.api.exited;
  await writes.stop();
  check(scenario, 'writes were acknowledged before the kill, others cut by it', acknowledged.perimeters.length > 0 && acknowledged.registrations.length > 0, `${acknowledged.perimeters.length} perimeters, ${acknowledged.registrations.length} registrations acknowledged; ${writes.outcomes.unanswered} cut`);

  context.api = await startApi(context.env);
  await withOwner(context.dbUrl, async (db) => {
    const { rows: perimeters } = await db.query(
      `select p.id, p.name, count(c.commune_code)::int as communes,
              exists (select 1 from platform_audit a where a.tenant_id = p.tenant_id and a.entity_id = p.id::text and a.action = 'territory.createPerimeter') as audited
       from territory_perimeter p left join territory_perimeter_commune c on c.tenant_id = p.tenant_id and c.perimeter_id = p.id
       where p.name like $1 group by p.id, p.name, p.tenant_id`,
      [`Faute ${runId} %`],
    );
    const stored = new Map(perimeters.map((p) => [p.id, p]));
    const lost = acknowledged.perimeters.filter((p) => !stored.has(p.id));
    check(scenario, 'every acknowledged perimeter is there after restart', lost.length === 0, `${acknowledged.perimeters.length} acknowledged, ${lost.length} missing, ${perimeters.length} stored`);
    const partial = perimeters.filter((p) => p.communes !== codes.length || !p.audited);
    check(scenario, 'no perimeter is half-written (all its communes and its audit record, or nothing)', partial.length === 0, `${partial.length} partial of ${perimeters.length}`);

    const { rows: registrations } = await db.query(
      `select r.email,
              exists (select 1 from platform_email e where e.tenant_id = r.tenant_id and e.to_address = r.email) as emailed,
              exists (select 1 from platform_audit a where a.tenant_id = r.tenant_id and a.entity_id = r.id::text) as audited
       from events_registration r where r.email like $1`,
      [`faute-${runId}-%`],
    );
    const registered = new Set(registrations.map((r) => r.email));
    const missing = acknowledged.registrations.filter((email) => !registered.has(email));
    check(scenario, 'every acknowledged registration is there after restart', missing.length === 0, `${acknowledged.registrations.length} acknowledged, ${missing.length} missing, ${registrations.length} stored`);
    const incomplete = registrations.filter((r) => !r.emailed || !r.audited);
    check(scenario, 'no registration without its confirmation email and audit record', incomplete.length === 0, `${incomplete.length} incomplete`);
  });
}

/** Uploads a file to the import route, streamed from disk. */
async function uploadImportFile(api, cookie, path) {
  const form = new FormData();
  form.append('file', await openAsBlob(path, { type: 'text/plain' }), 'PS_LibreAcces_Personne_activite_faults.txt');
  const response = await fetch(`${api.url}/api/files/imports`, { method: 'POST', headers: { cookie, 'x-tenant': TENANT, 'x-ancrage-csrf': '1' }, body: form });
  if (response.status !== 201) throw new Error(`upload refused: ${response.status} ${await response.text()}`);
  return (await response.json()).id;
}

/** A. SIGKILL while the import job writes a snapshot; readers never see it half done; the retried job redoes it whole. */
async function killDuringImport(context) {
  const scenario = 'A2 SIGKILL during an RPPS import';
  const file = join(context.folder, 'rpps-faults.txt');
  const written = await writeRppsFile(file, { departements: studyAreaDepartements('55'), seed: 4242, edition: 2, scale: RPPS_SCALE });
  let officer = await signedInOfficer(context.api);
  const fileId = await uploadImportFile(context.api, officer.cookie, file);
  const readyBefore = (await officer.query('demography.snapshots')).data.filter((s) => s.status === 'ready').map((s) => s.id);
  const readerBefore = (await officer.query('demography.indicators', { subject: 'general-practice' })).data;
  const started = await officer.mutation('demography.startImport', { fileId, extractedOn: '2026-12-01' });
  if (!started.ok) throw new Error(`startImport refused: ${JSON.stringify(started.error)}`);
  const { snapshotId } = started.data;
  let status;
  const midway = await until(async () => {
    status = (await officer.query('demography.importStatus', { snapshotId })).data;
    return status.status === 'ready' || (status.status === 'importing' && status.bytesRead >= status.bytesTotal * 0.2);
  }, 180_000, 50);
  if (!midway || status.status === 'ready') throw new Error(`the import was not caught midway (${status?.status}); raise FAULTS_RPPS_SCALE`);
  context.api.kill('SIGKILL');
  await context.api.exited;
  check(scenario, 'the import was killed midway', true, `${Math.round((100 * status.bytesRead) / status.bytesTotal)} % of ${written.rows} rows (${Math.round(written.bytes / 1e6)} MB) read`);

  const partialRows = await withOwner(context.dbUrl, async (db) => (await db.query(`select count(*)::int as n from demography_situation where snapshot_id = $1`, [snapshotId])).rows[0].n);
  context.api = await startApi(context.env);
  officer = await signedInOfficer(context.api);
  const afterKill = (await officer.query('demography.snapshots')).data;
  const interrupted = afterKill.find((s) => s.id === snapshotId);
  check(scenario, 'readers see the same ready snapshots as before: the interrupted one is not among them', JSON.stringify(afterKill.filter((s) => s.status === 'ready').map((s) => s.id)) === JSON.stringify(readyBefore) && interrupted?.status !== 'ready', `interrupted snapshot is "${interrupted?.status}", ${partialRows} rows of it on disk, unused`);
  const reader = (await officer.query('demography.indicators', { subject: 'general-practice' })).data;
  check(scenario, 'indicators still come from the previous snapshot, unchanged', reader.snapshot?.id === readerBefore.snapshot?.id && JSON.stringify(reader.rows) === JSON.stringify(readerBefore.rows), `snapshot ${reader.snapshot?.extractedOn}`);
  const direct = await officer.query('demography.indicators', { subject: 'general-practice', snapshotId });
  check(scenario, 'the interrupted snapshot cannot be read, even by its id', !direct.ok && direct.status === 404, `HTTP ${direct.status}`);

  if (process.env.FAULTS_REAL_LOCK_EXPIRY !== '1') {
    // The dead worker's claim on the job lasts 5 minutes; expire it now instead of waiting.
    await withOwner(context.dbUrl, (db) => db.query(`update platform_job set locked_until = now() - interval '1 second' where status = 'running' and queue = 'demography.import'`));
  }
  const redone = await until(async () => {
    status = (await officer.query('demography.importStatus', { snapshotId })).data;
    return status.status === 'ready' || status.status === 'failed';
  }, 420_000, 500);
  check(scenario, 'the retried job finishes the import', redone && status.status === 'ready', `status ${status.status}`);
  await withOwner(context.dbUrl, async (db) => {
    const { rows } = await db.query(`select count(*)::int as n, count(distinct line_number)::int as lines from demography_situation where snapshot_id = $1`, [snapshotId]);
    const { rows: jobs } = await db.query(`select attempts, status from platform_job where queue = 'demography.import' and payload->>'snapshotId' = $1`, [snapshotId]);
    check(scenario, 'the snapshot holds each kept row exactly once (restarted from empty, not appended)', rows[0].n === status.counts.kept && rows[0].n === rows[0].lines, `${rows[0].n} rows, ${rows[0].lines} distinct lines, ${status.counts.kept} kept`);
    check(scenario, 'the whole file was read', status.counts.rowsRead === written.rows && status.bytesRead === status.bytesTotal, `${status.counts.rowsRead} of ${written.rows} rows`);
    check(scenario, 'the job ran twice: killed, then retried', jobs[0]?.attempts === 2 && jobs[0]?.status === 'done', `attempts ${jobs[0]?.attempts}, ${jobs[0]?.status}`);
  });
}

/** B. PostgreSQL stopped under load, then started again; the API is never restarted. */
async function databaseOutage(context) {
  const scenario = 'B PostgreSQL stop/start under load';
  const officer = await signedInOfficer(context.api);
  const visitor = trpcClient(context.api.url, { tenant: TENANT });
  const codes = await communeCodes(context.dbUrl, 5);
  const acknowledged = [];
  const timeline = { beforeOutage: 0, afterRecovery: 0 };
  let phase = 'before';
  const traffic = load(8, async (i) => {
    if (i % 3 === 0) return visitor.query('territory.summary', undefined, { timeoutMs: 15_000 });
    const answer = await officer.mutation('territory.createPerimeter', { name: `Panne ${runId} ${i}`, kind: 'zip', communeCodes: codes }, { timeoutMs: 15_000 });
    if (answer.ok) {
      acknowledged.push(answer.data.id);
      if (phase === 'before') timeline.beforeOutage++;
      if (phase === 'after') timeline.afterRecovery++;
    }
    return answer;
  });
  await sleep(3000);
  phase = 'outage';
  await context.cluster.stop('fast');
  const outageStarted = Date.now();
  const sawNotReady = await until(async () => (await readiness(context.api.url)) === 503, 10_000, 200);
  check(scenario, '/readyz answers 503 while the database is down', sawNotReady, `after ${Date.now() - outageStarted} ms`);
  await sleep(6000);
  const during = { ...traffic.outcomes.statuses };
  await context.cluster.start();
  const restarted = Date.now();
  const recovered = await until(async () => (await readiness(context.api.url)) === 200, 60_000, 200);
  check(scenario, '/readyz answers 200 again by itself once the database is back', recovered, `${Date.now() - restarted} ms after the database restarted`);
  phase = 'after';
  await sleep(4000);
  await traffic.stop();
  check(scenario, 'writes are acknowledged again after recovery, without restarting the API', timeline.afterRecovery > 0, `${timeline.beforeOutage} before, ${timeline.afterRecovery} after; answers by status during the run: ${JSON.stringify(during)}`);
  check(scenario, 'the API process survived the outage', await isRunning(context.api));
  const stored = await withOwner(context.dbUrl, async (db) => new Set((await db.query(`select id from territory_perimeter where name like $1`, [`Panne ${runId} %`])).rows.map((r) => r.id)));
  const lost = acknowledged.filter((id) => !stored.has(id));
  check(scenario, 'no acknowledged write is lost', lost.length === 0, `${acknowledged.length} acknowledged, ${lost.length} missing`);
}

/** Sends a multipart upload in two halves with a pause in between; resolves with the answer. */
function slowUpload(api, cookie, { bytes, pauseMs, onFirstHalf }) {
  const boundary = `----ancrage-faults-${runId}`;
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(api.url);
    const req = request(
      { hostname, port, method: 'POST', path: '/api/files/imports', headers: { cookie, 'x-tenant': TENANT, 'x-ancrage-csrf': '1', 'content-type': `multipart/form-data; boundary=${boundary}` } },
      (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode, body }));
      },
    );
    req.on('error', reject);
    const half = Buffer.alloc(bytes / 2, 'a');
    req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="lent.txt"\r\nContent-Type: text/plain\r\n\r\n`);
    req.write(half, async () => {
      await onFirstHalf();
      await sleep(pauseMs);
      req.write(half);
      req.end(`\r\n--${boundary}--\r\n`);
    });
  });
}

/** C. SIGTERM while an upload and reads are in flight. */
async function gracefulStop(context) {
  const scenario = 'C SIGTERM finishes in-flight requests';
  const officer = await signedInOfficer(context.api);
  let reads;
  let refusedNew;
  const upload = slowUpload(context.api, officer.cookie, {
    bytes: 4 * 1024 * 1024,
    pauseMs: 1500,
    async onFirstHalf() {
      reads = Promise.all(Array.from({ length: 10 }, () => officer.query('demography.indicators', { subject: 'general-practice' }).catch((error) => ({ ok: false, error }))));
      await sleep(100);
      context.api.kill('SIGTERM');
      await sleep(300);
      refusedNew = await fetch(`${context.api.url}/healthz`, { signal: AbortSignal.timeout(2000) }).then(
        (response) => `answered ${response.status}`,
        () => 'refused',
      );
    },
  });
  const answer = await upload;
  check(scenario, 'the upload in flight when SIGTERM arrived completes', answer.status === 201, `HTTP ${answer.status}`);
  const readAnswers = await reads;
  check(scenario, 'reads in flight when SIGTERM arrived are answered', readAnswers.every((r) => r.ok), `${readAnswers.filter((r) => r.ok).length}/10 answered`);
  check(scenario, 'new connections are refused once stopping', refusedNew === 'refused', refusedNew);
  const exit = await Promise.race([context.api.exited, sleep(30_000).then(() => ({ code: 'timeout' }))]);
  check(scenario, 'the process exits 0 once they are done', exit.code === 0, `exit ${exit.signal ?? exit.code}`);
  if (answer.status === 201) {
    const id = JSON.parse(answer.body).id;
    const stored = await withOwner(context.dbUrl, async (db) => (await db.query(`select size_bytes from platform_file where id = $1`, [id])).rows[0]);
    check(scenario, 'the uploaded file is recorded whole', Number(stored?.size_bytes) === 4 * 1024 * 1024, `${stored?.size_bytes} bytes`);
  }
}

async function main() {
  console.log(`Fault tests (run ${runId}): a private PostgreSQL cluster, the API on it, demo data for Meuse and Landes.`);
  const cluster = await startPrivatePostgres();
  const folder = await mkdtemp(join(tmpdir(), 'ancrage-faults-'));
  const context = { cluster, folder, dbUrl: undefined, env: undefined, api: undefined };
  try {
    context.dbUrl = await createDatabase(cluster.url, 'ancrage_faults');
    context.env = {
      DATABASE_URL: context.dbUrl,
      DATA_DIR: join(folder, 'data'),
      TENANTS_DIR: join(root, 'tenants'),
      PORT: String(await freePort()),
      SEED_DEMO: 'true',
      RUN_JOBS: 'true',
    };
    context.api = await startApi(context.env);
    const scenarios = [
      ['A1', 'A1 SIGKILL during bulk writes', killDuringBulkWrite],
      ['A2', 'A2 SIGKILL during an RPPS import', killDuringImport],
      ['B', 'B PostgreSQL stop/start under load', databaseOutage],
      ['C', 'C SIGTERM finishes in-flight requests', gracefulStop],
    ].filter(([key]) => ONLY.length === 0 || ONLY.includes(key));
    for (const [key, name, scenario] of scenarios) {
      console.log(`\n${name}`);
      try {
        await scenario(context);
      } catch (error) {
        fail(name, error);
      }
      // Whatever happened, the next scenario gets a database and a running API.
      await cluster.start().catch(() => undefined);
      if (key !== 'C' && !(await isRunning(context.api))) {
        console.log(`  (the API had stopped; its last words:)\n${context.api.output.slice(-40).join('\n')}`);
        context.api = await startApi(context.env);
      }
    }
  } finally {
    if (context.api) {
      context.api.kill('SIGKILL');
      await context.api.exited;
    }
    await cluster.destroy();
    await rm(folder, { recursive: true, force: true });
  }
  process.exitCode = summary() ? 0 : 1;
}

await main();
