// `npx nx run demography-server:import-rpps --tenant=meuse --file=PS_LibreAcces_Personne_activite.txt --date=2025-12-01`
// Imports an RPPS extract for one tenant from the command line, streamed, into
// the database the API uses (DATABASE_URL, or the embedded one in DATA_DIR
// while the API is stopped). Same reader, checks and snapshot as an upload.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { openDatabase, withTenant } from '@ancrage/db';
import { readRppsHeader, startImportInput } from '@ancrage/demography-domain';
import type { DemographyDatabase } from '../demography-schema';
import { importIntoSnapshot } from '../import/import-job';
import { readLines } from '../import/rpps-lines';
import type { TenantWork } from '../import/situation-sink';
import { deleteSituations, insertSnapshot, readySnapshotWith, setSnapshotStatus } from '../snapshots/snapshots.repository';

const { values } = parseArgs({ options: { tenant: { type: 'string' }, file: { type: 'string' }, date: { type: 'string' } } });
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
if (!values.tenant || !values.file || !values.date) fail('Usage: import-rpps --tenant <slug> --file <extract.txt> --date <YYYY-MM-DD>');
const { extractedOn } = startImportInput.pick({ extractedOn: true }).parse({ extractedOn: values.date });
const path = values.file as string;

async function firstLine(): Promise<string> {
  for await (const line of readLines(createReadStream(path))) return line;
  return '';
}
async function sha256(): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk);
  return hash.digest('hex');
}

const header = readRppsHeader(await firstLine());
if (!header.ok) fail(`Not an RPPS extract; missing columns: ${header.missing.join(', ')}`);
const database = await openDatabase({ url: process.env['DATABASE_URL'] || undefined, dataDir: resolve(process.env['DATA_DIR'] || '.data', 'pglite') });
try {
  const tenant = await database.db.selectFrom('platformTenant').select('id').where('slug', '=', values.tenant as string).executeTakeFirst();
  if (!tenant) fail(`No tenant "${values.tenant}"`);
  const tenantId = (tenant as { id: string }).id;
  const inTenant: TenantWork = (work) => withTenant(database.db, tenantId, (db) => work(db as unknown as Kysely<DemographyDatabase>));
  const fileSha256 = await sha256();
  const same = await inTenant((db) => readySnapshotWith(db, { sha256: fileSha256 }));
  if (same) fail(`Already imported (snapshot of ${same.extractedOn}): nothing changed.`);
  if (await inTenant((db) => readySnapshotWith(db, { extractedOn }))) fail(`A snapshot of ${extractedOn} exists; delete it first.`);
  const bytesTotal = (await stat(path)).size;
  const snapshotId = await inTenant((db) => insertSnapshot(db, { tenantId, extractedOn, fileId: null, fileName: path.split('/').pop() as string, fileSha256, bytesTotal, createdBy: null }));
  try {
    await inTenant((db) => setSnapshotStatus(db, snapshotId, { status: 'importing' }));
    const outcome = await importIntoSnapshot(inTenant, tenantId, snapshotId, createReadStream(path));
    if (!outcome.ok) throw new Error(outcome.errorKey);
    console.log(JSON.stringify({ snapshotId, extractedOn, ...outcome.counts }));
  } catch (error) {
    await inTenant(async (db) => {
      await deleteSituations(db, snapshotId);
      await setSnapshotStatus(db, snapshotId, { status: 'failed', errorKey: 'import.failed' });
    });
    throw error;
  }
} finally {
  await database.close();
}
