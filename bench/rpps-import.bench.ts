// `npm run bench rpps-import`: the RPPS import on a national-size fictitious
// extract (about 2 million rows), into PostgreSQL, for the Meuse tenant (its
// département and neighbours are kept), against `psql \copy` of the same file
// into an unindexed table in the same run. Rows per second and peak memory.
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';

import { dirname, join } from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { tenantFileSchema } from '@ancrage/contracts';
import { migrateToLatest, openDatabase, withTenant } from '@ancrage/db';
import { catalog, migrationGroups, runEnableHook } from '@ancrage/registry';
import { createTenant } from '@ancrage/tenancy';
import { metropolitanDepartementCodes, writeRppsFile } from '../libs/modules/demography/server/src/demo/index.ts';
import type { DemographyDatabase } from '../libs/modules/demography/server/src/demography-schema.ts';
import { importIntoSnapshot } from '../libs/modules/demography/server/src/import/import-job.ts';
import { insertSnapshot } from '../libs/modules/demography/server/src/snapshots/snapshots.repository.ts';
import { root } from '../tools/scripts/run.mjs';

const SCALE = Number(process.env['BENCH_RPPS_SCALE'] ?? 1.65);
const serverUrl = process.env['BENCH_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface RppsImportBenchmarkResult {
  date: string;
  rows: number;
  bytes: number;
  kept: number;
  importMs: number;
  importRowsPerSecond: number;
  importPeakRssMb: number;
  /** The process before the import (Node, the platform's modules, the pool): the import adds the difference. */
  importStartRssMb: number;
  copyMs: number;
  copyRowsPerSecond: number;
  copyPeakRssMb: number | null;
  timeRatio: number;
}

const withDatabase = (name: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** `psql \copy` of the whole file into a table of 53 text columns, no index; peak memory from /usr/bin/time. */
async function copyBaseline(file: string, database: string): Promise<{ ms: number; peakRssMb: number | null }> {
  const columns = Array.from({ length: 53 }, (_, i) => `c${i} text`).join(', ');
  const client = new pg.Client({ connectionString: withDatabase(database) });
  await client.connect();
  await client.query(`create unlogged table rpps_copy (${columns})`);
  await client.end();
  const started = performance.now();
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%M', 'psql', withDatabase(database), '-v', 'ON_ERROR_STOP=1', '-c', `\\copy rpps_copy from '${file}' with (format csv, delimiter '|', header true, quote E'\\x01')`], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => (code === 0 ? resolve(stderr) : reject(new Error(`psql \\copy failed: ${stderr}`))));
  });
  const kb = Number(output.trim().split('\n').pop());
  return { ms: performance.now() - started, peakRssMb: Number.isFinite(kb) ? Math.round(kb / 1024) : null };
}

/** Peak resident memory of this process while `work` runs, sampled every 20 ms. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ value: T; peakRssMb: number; startRssMb: number }> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const value = await work();
    return { value, peakRssMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 1024 / 1024), startRssMb: Math.round(start / 1024 / 1024) };
  } finally {
    clearInterval(timer);
  }
}

export async function runRppsImportBenchmark(): Promise<RppsImportBenchmarkResult> {
  const file = join(root, 'tmp/demo-rpps', `PS_LibreAcces_Personne_activite_bench_${SCALE}.txt`);
  // Generated once (about a minute), then reused by later runs.
  await mkdir(dirname(file), { recursive: true });
  await stat(file).catch(() => writeRppsFile(file, { departements: metropolitanDepartementCodes(), seed: 1, edition: 0, scale: SCALE }));
  const bytes = (await stat(file)).size;
  const database = `ancrage_bench_${Date.now()}`;
  await admin(`create database ${database}`);
  try {
    const copy = await copyBaseline(file, database);
    const app = await openDatabase({ url: withDatabase(database) });
    try {
      await migrateToLatest(app.db, migrationGroups);
      const tenantFile = tenantFileSchema.parse({ slug: 'meuse', name: 'Département de la Meuse', departementCode: '55', modules: { territory: { enabled: true }, demography: { enabled: true } } });
      const tenantId = await createTenant(app.db, catalog, tenantFile, runEnableHook);
      const inTenant = <T>(work: (db: Kysely<DemographyDatabase>) => Promise<T>) => withTenant(app.db, tenantId, (db) => work(db as unknown as Kysely<DemographyDatabase>));
      const snapshotId = await inTenant((db) => insertSnapshot(db, { tenantId, extractedOn: '2024-12-01', fileId: null, fileName: 'bench.txt', fileSha256: null, bytesTotal: bytes, createdBy: null }));
      const started = performance.now();
      const { value: outcome, peakRssMb, startRssMb } = await withPeakRss(() => importIntoSnapshot(inTenant, tenantId, snapshotId, createReadStream(file)));
      const importMs = performance.now() - started;
      if (!outcome.ok) throw new Error(`import refused: ${outcome.errorKey}`);
      const rows = outcome.counts.rowsRead;
      return {
        date: new Date().toISOString(),
        rows,
        bytes,
        kept: outcome.counts.kept,
        importMs: Math.round(importMs),
        importRowsPerSecond: Math.round(rows / (importMs / 1000)),
        importPeakRssMb: peakRssMb,
        importStartRssMb: startRssMb,
        copyMs: Math.round(copy.ms),
        copyRowsPerSecond: Math.round(rows / (copy.ms / 1000)),
        copyPeakRssMb: copy.peakRssMb,
        timeRatio: Number((importMs / copy.ms).toFixed(2)),
      };
    } finally {
      await app.close();
    }
  } finally {
    await admin(`drop database if exists ${database} with (force)`);
  }
}

export function rppsImportTable(r: RppsImportBenchmarkResult): string {
  const mb = (r.bytes / 1024 / 1024).toFixed(0);
  return [
    `National-size fictitious extract: ${r.rows.toLocaleString('en')} rows, ${mb} MiB; ${r.kept.toLocaleString('en')} rows kept for Meuse and its neighbours.`,
    '',
    '| measure | Ancrage import | psql \\copy (unindexed table) |',
    '| --- | --- | --- |',
    `| time (ms) | ${r.importMs} | ${r.copyMs} |`,
    `| rows per second | ${r.importRowsPerSecond} | ${r.copyRowsPerSecond} |`,
    `| peak memory (RSS, MB) | ${r.importPeakRssMb} (${r.importStartRssMb} before the import) | ${r.copyPeakRssMb ?? 'n/a'} |`,
    `| time ratio (import / copy) | ${r.timeRatio} | 1 |`,
  ].join('\n');
}
