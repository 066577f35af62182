import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { withTenant, type PlatformDatabase } from '@ancrage/db';
import { openFile, recordFile, sniffContentType, storeBytes } from '@ancrage/files';
import { createRequestContext } from '@ancrage/registry';
import type { PlatformServices, RequestContext } from '@ancrage/trpc';
import type { Kysely } from 'kysely';
import { requireCsrfHeader } from './csrf';
import { MAX_UPLOAD_BYTES } from './files.routes';
import { requestInput } from './request-input';

function contextOf(services: PlatformServices, request: FastifyRequest): Promise<RequestContext> {
  return createRequestContext(services, requestInput(request, { set: () => undefined, clear: () => undefined }));
}

type AccountAccess = { tenantId: string; userId: string } | { status: number; key: string };

/** Any signed-in account on the tenant's portal (a candidate needs no staff role). */
function accountAccess(ctx: RequestContext): AccountAccess {
  if (!ctx.tenant) return { status: 404, key: 'errors:tenantNotFound' };
  if (!ctx.session) return { status: 401, key: 'errors:unauthorized' };
  return { tenantId: ctx.tenant.id, userId: ctx.session.userId };
}

/**
 * A portal account's own documents (supporting documents of an application):
 * PDF, PNG or JPEG only, recognised by their content, never by their name; each
 * account reads back only what it uploaded. Modules attach the file by its id.
 */
export async function registerOwnFileRoutes(app: FastifyInstance, services: PlatformServices) {
  await app.register(async (own) => {
    await own.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 0 } });
    own.addHook('onRequest', requireCsrfHeader);

    own.post('/api/files/mine', async (request, reply) => {
      const ctx = await contextOf(services, request);
      const access = accountAccess(ctx);
      const refuse = (status: number, key: string, params: Record<string, unknown> = {}) => reply.code(status).send({ error: { message: ctx.t(key, params), i18nKey: key } });
      if ('key' in access) return refuse(access.status, access.key);
      const part = await request.file();
      if (!part) return refuse(400, 'errors:files.missing');
      const data = await part.toBuffer().catch(() => null);
      if (!data || part.file.truncated) return refuse(413, 'errors:files.tooLarge', { megabytes: MAX_UPLOAD_BYTES / 1024 / 1024 });
      const contentType = sniffContentType(data.subarray(0, 16));
      if (!contentType) return refuse(415, 'errors:files.type');
      const stored = await storeBytes(services.files, { tenantId: access.tenantId, contentType, data });
      const record = await withTenant(services.database.db, access.tenantId, async (db) => {
        const saved = await recordFile(db, stored, { name: part.filename, contentType, createdBy: access.userId });
        await (db as Kysely<PlatformDatabase>)
          .insertInto('platformAudit')
          .values({
            tenantId: access.tenantId,
            userId: access.userId,
            action: 'files.upload',
            entityType: 'file',
            entityId: saved.id,
            before: null,
            after: JSON.stringify({ name: saved.name, sizeBytes: saved.sizeBytes }),
            requestId: request.id,
          })
          .execute();
        return saved;
      });
      return reply.code(201).send(record);
    });

    own.get<{ Params: { id: string } }>('/api/files/mine/:id', async (request, reply) => {
      const ctx = await contextOf(services, request);
      const access = accountAccess(ctx);
      const notFound = () => reply.code(404).send({ error: { message: ctx.t('errors:notFound'), i18nKey: 'errors:notFound' } });
      if ('key' in access) return reply.code(access.status).send({ error: { message: ctx.t(access.key), i18nKey: access.key } });
      if (!/^[0-9a-f-]{36}$/.test(request.params.id)) return notFound();
      const found = await withTenant(services.database.db, access.tenantId, (db) => openFile(db, services.files, request.params.id));
      if (!found || found.file.createdBy !== access.userId) {
        found?.stream.destroy();
        return notFound();
      }
      return reply
        .header('content-type', found.file.contentType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(found.file.name)}`)
        .send(found.stream);
    });
  });
}
