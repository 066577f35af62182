import { resolve } from 'node:path';
import { z } from 'zod';

// The only file that reads process.env: everything else receives this config.
const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z.string().startsWith('postgres').optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATA_DIR: z.string().default('.data'),
  TENANTS_DIR: z.string().default('tenants'),
  WEB_DIST: z.string().default('dist/apps/web'),
  SEED_DEMO: flag.optional(),
  RUN_JOBS: flag.default(true),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Ancrage <no-reply@ancrage.localhost>'),
  S3_BUCKET: z.string().optional(),
  S3_REGION: z.string().default('fr-par'),
  S3_ENDPOINT: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  TRUST_PROXY: flag.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = ReturnType<typeof readEnv>;

export function readEnv(source: NodeJS.ProcessEnv = process.env) {
  // An empty variable counts as unset.
  const env = schema.parse(Object.fromEntries(Object.entries(source).filter(([, value]) => value !== '')));
  const embedded = !env.DATABASE_URL;
  return {
    ...env,
    production: env.NODE_ENV === 'production',
    embedded,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    pgliteDir: resolve(env.DATA_DIR, 'pglite'),
    filesDir: resolve(env.DATA_DIR, 'files'),
    // Demo data by default on the embedded database only.
    seedDemo: env.SEED_DEMO ?? embedded,
  };
}
