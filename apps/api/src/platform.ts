import { mkdir } from 'node:fs/promises';
import { migrateToLatest, openDatabase, type AppDatabase } from '@ancrage/db';
import { LocalDiskStorage, s3Storage, type FileStorage } from '@ancrage/files';
import { EMAIL_QUEUE, emailDeliveryHandler, JobQueue, smtpTransport, type JobLogger } from '@ancrage/jobs';
import { createServices, migrationGroups, readTenantFiles, registerModuleJobs, seedDemo, ensureTenants } from '@ancrage/registry';
import type { PlatformServices } from '@ancrage/trpc';
import type { Env } from './env';

export async function openPlatformDatabase(env: Env): Promise<AppDatabase> {
  if (env.embedded) await mkdir(env.pgliteDir, { recursive: true });
  return openDatabase({ url: env.DATABASE_URL, dataDir: env.pgliteDir, poolSize: env.DATABASE_POOL_SIZE });
}

async function openFileStorage(env: Env): Promise<FileStorage> {
  if (env.S3_BUCKET && env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY) {
    return s3Storage({
      bucket: env.S3_BUCKET,
      region: env.S3_REGION,
      endpoint: env.S3_ENDPOINT,
      accessKeyId: env.S3_ACCESS_KEY_ID,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    });
  }
  await mkdir(env.filesDir, { recursive: true });
  return new LocalDiskStorage(env.filesDir);
}

/** Database migrated, tenants from files, demo data if asked: everything the API needs. */
export async function startPlatform(env: Env, log: JobLogger & { info(details: object, message: string): void }) {
  const database = await openPlatformDatabase(env);
  await migrateToLatest(database.db, migrationGroups);
  // A missing folder means no tenant files; an invalid file stops the start with its reason.
  const tenantFiles = await readTenantFiles(env.TENANTS_DIR).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (env.seedDemo) await seedDemo(database.db, tenantFiles);
  else await ensureTenants(database.db, tenantFiles);

  const files = await openFileStorage(env);
  const services: PlatformServices = createServices(database, files, {
    publicUrl: env.publicUrl,
    secureCookies: env.publicUrl.startsWith('https://'),
  });
  const jobs = registerModuleJobs(new JobQueue(database.db, log), database.db, files);
  jobs.register(EMAIL_QUEUE, emailDeliveryHandler(database.db, env.SMTP_URL ? await smtpTransport(env.SMTP_URL) : undefined, env.MAIL_FROM));
  if (env.RUN_JOBS) jobs.start();
  return { services, database, jobs };
}
