// `npm test`: unit and integration tests of every project (on PGlite, or on
// PostgreSQL when DATABASE_URL is set), then the end-to-end tests in Chromium.
import { run } from './run.mjs';

await run('nx', ['run-many', '-t', 'test', '--output-style=stream-without-prefixes']);
await run('nx', ['run', 'web-e2e:e2e', '--output-style=stream-without-prefixes']);
