import type { Kysely } from 'kysely';
import { withTenant, type PlatformDatabase } from '@ancrage/db';
import type { FileStorage } from '@ancrage/files';
import { openFile } from '@ancrage/files';
import type { JobQueue } from '@ancrage/jobs';
import { moduleJobQueue } from '@ancrage/module-sdk';
import { loadTenantContext } from '@ancrage/tenancy';
import { catalog, orderedServerModules } from './catalog';

/**
 * Registers every module's background jobs on the queue. A job runs for its
 * tenant only, and not at all once the module is disabled for that tenant.
 */
export function registerModuleJobs(queue: JobQueue, db: Kysely<PlatformDatabase>, files: FileStorage) {
  for (const module of orderedServerModules) {
    for (const [name, handler] of Object.entries(module.jobs ?? {})) {
      queue.register(moduleJobQueue(module.manifest.id, name), async (job) => {
        if (!job.tenantId) throw new Error(`Job ${job.id} of a module has no tenant`);
        const tenant = await db.selectFrom('platformTenant').selectAll().where('id', '=', job.tenantId).executeTakeFirstOrThrow();
        const context = await loadTenantContext(db, catalog, tenant);
        if (!context.enabledModules.has(module.manifest.id)) return;
        await handler({
          tenant: { id: tenant.id, slug: tenant.slug, departementCode: tenant.departementCode },
          settings: context.moduleSettings.get(module.manifest.id),
          payload: job.payload,
          attempts: job.attempts,
          isLastAttempt: job.attempts >= job.maxAttempts,
          inTenant: (work) => withTenant(db, tenant.id, work),
          async openFile(fileId) {
            // The lookup runs under row-level security: another tenant's file id finds nothing.
            try {
              const found = await withTenant(db, tenant.id, (trx) => openFile(trx, files, fileId));
              return found?.stream;
            } catch (error) {
              if (isMissingObject(error)) return undefined;
              throw error; // storage unreachable: the queue retries later
            }
          },
        });
      });
    }
  }
  return queue;
}

/** Bytes gone from storage (local folder or S3), as opposed to storage being unreachable. */
function isMissingObject(error: unknown): boolean {
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
  return code === 'ENOENT' || name === 'NoSuchKey';
}
