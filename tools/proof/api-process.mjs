// The API as a child process (the real entry point, apps/api/src/main.ts), so
// that it can be killed, stopped and measured like in production.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { root, workspaceEnv } from '../scripts/run.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the API with `env` on top of the workspace's; resolves once /readyz
 * answers 200. The returned handle keeps the last lines it printed.
 */
export async function startApi(env, { readyTimeoutMs = 300_000 } = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
    cwd: root,
    env: { ...workspaceEnv, NODE_ENV: 'development', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  const keep = (chunk) => {
    output.push(...String(chunk).split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - 200));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const api = {
    pid: child.pid,
    url: `http://127.0.0.1:${env.PORT}`,
    output,
    exited,
    kill: (signal) => child.kill(signal),
    /** Resident memory of the API process, in MB (Linux /proc). */
    async rssMb() {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) / 1024;
    },
  };
  const started = Date.now();
  for (;;) {
    const ready = await readiness(api.url);
    if (ready === 200) return api;
    const done = await Promise.race([exited, sleep(200).then(() => undefined)]);
    if (done) throw new Error(`API exited (${done.signal ?? done.code}) before being ready:\n${output.slice(-20).join('\n')}`);
    if (Date.now() - started > readyTimeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`API not ready after ${readyTimeoutMs} ms:\n${output.slice(-20).join('\n')}`);
    }
  }
}

/** The status /readyz answers, or 0 when nothing answers. */
export async function readiness(url) {
  return fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2000) })
    .then((response) => response.status)
    .catch(() => 0);
}

export { sleep };
