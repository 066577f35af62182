// `npm run bench`: start-up time of the embedded mode, cold (fresh data folder:
// initdb, migrations, demo seed) against warm (same folder, second start).
// Results go to bench/results/<date>.json and a Markdown table on stdout.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, workspaceEnv } from '../tools/scripts/run.mjs';

const port = 3190;
const runs = Number(process.env.BENCH_RUNS ?? 3);

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
      if (performance.now() - started > 120_000) throw new Error('API did not become ready');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    api.kill('SIGTERM');
    await new Promise((resolve) => api.on('exit', resolve));
  }
}

const samples = { cold: [], warm: [] };
for (let i = 0; i < runs; i++) {
  const dataDir = await mkdtemp(join(tmpdir(), 'ancrage-bench-'));
  samples.cold.push(await timeToReady(dataDir));
  samples.warm.push(await timeToReady(dataDir));
  await rm(dataDir, { recursive: true, force: true });
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const result = {
  date: new Date().toISOString(),
  runs,
  coldStartMs: Math.round(median(samples.cold)),
  warmStartMs: Math.round(median(samples.warm)),
  warmToColdRatio: Number((median(samples.warm) / median(samples.cold)).toFixed(3)),
};
await mkdir(join(root, 'bench/results'), { recursive: true });
await writeFile(join(root, 'bench/results', `startup-${result.date.slice(0, 10)}.json`), JSON.stringify(result, null, 2));
console.log('| measure | median (ms) |\n| --- | --- |');
console.log(`| cold start to ready (embedded, fresh data) | ${result.coldStartMs} |`);
console.log(`| warm start to ready (embedded, existing data) | ${result.warmStartMs} |`);
console.log(`| warm / cold | ${result.warmToColdRatio} |`);
