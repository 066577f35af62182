import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

export default function globalTeardown() {
  const data = process.env['ANCRAGE_E2E_DATA'];
  if (data) rmSync(data, { recursive: true, force: true });
  const database = process.env['ANCRAGE_E2E_DB'];
  if (database && process.env['DATABASE_URL']) {
    execFileSync('psql', [process.env['DATABASE_URL'], '-qc', `drop database if exists ${database} with (force)`]);
  }
}
