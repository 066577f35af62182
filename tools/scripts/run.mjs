// Small helpers shared by the npm scripts: run a command with the workspace's
// Node (node_modules/.bin first on PATH) and Nx without daemon, cloud or telemetry.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export const workspaceEnv = {
  ...process.env,
  PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`,
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NX_TUI: 'false',
};

export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...workspaceEnv, ...options.env } });
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? code})`))));
  });
}

export function start(command, args, options = {}) {
  return spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...workspaceEnv, ...options.env } });
}
