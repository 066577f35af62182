import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { e2eDatabase } from './src/support/e2e-database';

// Debian's Chromium, never a downloaded browser.
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const port = Number(process.env['E2E_PORT'] ?? 3180);
const baseURL = `http://127.0.0.1:${port}`;
const root = join(import.meta.dirname, '../..');
// A fresh database per run, seeded with the demo tenants: embedded by default,
// a new database on the PostgreSQL server when DATABASE_URL is set.
process.env['ANCRAGE_E2E_DATA'] ??= mkdtempSync(join(tmpdir(), 'ancrage-e2e-'));
const dataDir = process.env['ANCRAGE_E2E_DATA'];
const databaseUrl = process.env['DATABASE_URL'] ? e2eDatabase(process.env['DATABASE_URL']) : '';

export default defineConfig({
  testDir: './src',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env['CI'] ? 1 : 0,
  reporter: [['list']],
  globalTeardown: './src/support/global-teardown.ts',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, grepInvert: /@phone/ },
    { name: 'phone', use: { ...devices['Pixel 7'] }, grep: /@phone/ },
  ],
  webServer: {
    command: 'tsx apps/api/src/main.ts',
    cwd: root,
    url: `${baseURL}/readyz`,
    timeout: 120_000,
    reuseExistingServer: !process.env['CI'],
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    env: { DATABASE_URL: databaseUrl, NODE_ENV: 'production', PORT: String(port), DATA_DIR: dataDir, PUBLIC_URL: baseURL, SEED_DEMO: 'true', LOG_LEVEL: 'warn' },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
