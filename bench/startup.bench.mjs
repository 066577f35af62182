// Start-up time of the embedded mode: cold (fresh data folder: initdb,
// migrations, demo seed) against warm (same folder, second start).
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, workspaceEnv } from '../tools/scripts/run.mjs';

const port = 3190;

async function timeToReady(dataDir) {
  const started = performance.now();
  const api = spawn('tsx', ['apps/api/src/main.ts'], {
    cwd: root,
    env: { ...workspaceEnv, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', RUN_JOBS: 'false', DATABASE_URL: '' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok).catch(() => false);
      if (ready) return performance.now() - started;
      if (performance.now() - started > 300_000) throw new Error('API did not become ready');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    api.kill('SIGTERM');
    await new Promise((resolve) => api.on('exit', resolve));
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function runStartupBenchmark({ runs = Number(process.env.BENCH_RUNS ?? 3) } = {}) {
  const samples = { cold: [], warm: [] };
  for (let i = 0; i < runs; i++) {
    const dataDir = await mkdtemp(join(tmpdir(), 'ancrage-bench-'));
    samples.cold.push(await timeToReady(dataDir));
    samples.warm.push(await timeToReady(dataDir));
    await rm(dataDir, { recursive: true, force: true });
  }
  return {
    date: new Date().toISOString(),
    runs,
    coldStartMs: Math.round(median(samples.cold)),
    warmStartMs: Math.round(median(samples.warm)),
    warmToColdRatio: Number((median(samples.warm) / median(samples.cold)).toFixed(3)),
  };
}

export function startupTable(result) {
  return [
    '| measure | median (ms) |',
    '| --- | --- |',
    `| cold start to ready (embedded, fresh data) | ${result.coldStartMs} |`,
    `| warm start to ready (embedded, existing data) | ${result.warmStartMs} |`,
    `| warm / cold | ${result.warmToColdRatio} |`,
  ].join('\n');
}
