// `npm start`: builds the web app (cached by Nx), then runs the API in
// production mode, serving the web app on the same port. Without DATABASE_URL
// the embedded PostgreSQL (PGlite) is used, with demo data for Meuse and Landes.
import { run, start } from './run.mjs';

await run('nx', ['run', 'web:build', '--output-style=static']);
const api = start('tsx', ['apps/api/src/main.ts'], { env: { NODE_ENV: 'production' } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code) => process.exit(code ?? 0));
