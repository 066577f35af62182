import { execFileSync } from 'node:child_process';

/** Creates (once per run) a database for the end-to-end server on the PostgreSQL server of `serverUrl`. */
export function e2eDatabase(serverUrl: string): string {
  if (!process.env['ANCRAGE_E2E_DB']) {
    const name = `ancrage_e2e_${Date.now()}`;
    execFileSync('psql', [serverUrl, '-qc', `create database ${name}`]);
    process.env['ANCRAGE_E2E_DB'] = name;
  }
  const url = new URL(serverUrl);
  url.pathname = `/${process.env['ANCRAGE_E2E_DB']}`;
  return url.toString();
}
