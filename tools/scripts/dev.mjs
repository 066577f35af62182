// `npm run dev`: the API restarting on change, and Vite's dev server (port 4200) proxying to it.
import { start } from './run.mjs';

const children = [start('tsx', ['watch', 'apps/api/src/main.ts']), start('vite', ['--config', 'apps/web/vite.config.mts', 'apps/web'])];
const stop = (signal) => children.forEach((child) => child.kill(signal));
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
