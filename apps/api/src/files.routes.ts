import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { withTenant } from '@ancrage/db';
import { openFile, recordFile, storeBytes, storeStream, type StoredBytes } from '@ancrage/files';
import { createRequestContext } from '@ancrage/registry';
import type { PlatformServices, RequestContext } from '@ancrage/trpc';
import { requireCsrfHeader } from './csrf';
import { requestInput } from './request-input';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Data files for imports (the national RPPS extract is several hundred MB): streamed, never buffered. */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;
const IMPORT_TYPES = new Set(['text/plain', 'text/csv', 'application/json', 'application/geo+json', 'application/octet-stream']);
const ALLOWED_TYPES = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'text/csv',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.text',
]);

function contextOf(services: PlatformServices, request: FastifyRequest): Promise<RequestContext> {
  return createRequestContext(services, requestInput(request, { set: () => undefined, clear: () => undefined }));
}

type StaffAccess = { tenantId: string; userId: string } | { status: number; key: string };

/** Holders of `permission` in the request's tenant only; otherwise the status and message key of the refusal. */
function staffAccess(ctx: RequestContext, permission: 'platform:files.read' | 'platform:files.upload'): StaffAccess {
  if (!ctx.tenant) return { status: 404, key: 'errors:tenantNotFound' };
  if (!ctx.session) return { status: 401, key: 'errors:unauthorized' };
  if (!ctx.session.permissions.has(permission)) return { status: 403, key: 'errors:forbidden' };
  return { tenantId: ctx.tenant.id, userId: ctx.session.userId };
}

/**
 * Uploads (multipart, one file) and downloads of the tenant's files. Bytes go
 * to the configured storage (local folder or S3-compatible); metadata to
 * platform_file under row-level security.
 */
export async function registerFileRoutes(app: FastifyInstance, services: PlatformServices, maxImportBytes = MAX_IMPORT_BYTES) {
  await app.register(async (files) => {
    await files.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 0 } });
    files.addHook('onRequest', requireCsrfHeader);

    files.post('/api/files', async (request, reply) => {
      const ctx = await contextOf(services, request);
      const access = staffAccess(ctx, 'platform:files.upload');
      if ('key' in access) return reply.code(access.status).send({ error: { message: ctx.t(access.key), i18nKey: access.key } });
      const { tenantId, userId } = access;
      const part = await request.file();
      if (!part) return reply.code(400).send({ error: { message: ctx.t('errors:files.missing'), i18nKey: 'errors:files.missing' } });
      if (!ALLOWED_TYPES.has(part.mimetype)) {
        part.file.resume();
        return reply.code(415).send({ error: { message: ctx.t('errors:files.type'), i18nKey: 'errors:files.type' } });
      }
      const data = await part.toBuffer().catch(() => null);
      if (!data || part.file.truncated) {
        return reply.code(413).send({ error: { message: ctx.t('errors:files.tooLarge', { megabytes: MAX_UPLOAD_BYTES / 1024 / 1024 }), i18nKey: 'errors:files.tooLarge' } });
      }
      const file = { tenantId, name: part.filename, contentType: part.mimetype, data, createdBy: userId };
      const stored = await storeBytes(services.files, file);
      return reply.code(201).send(await recordUpload(services, stored, { ...file, requestId: request.id }));
    });

    files.get<{ Params: { id: string } }>('/api/files/:id', async (request, reply) => {
      const ctx = await contextOf(services, request);
      const access = staffAccess(ctx, 'platform:files.read');
      if ('key' in access) return reply.code(access.status).send({ error: { message: ctx.t(access.key), i18nKey: access.key } });
      if (!/^[0-9a-f-]{36}$/.test(request.params.id)) return reply.code(404).send({ error: { message: ctx.t('errors:notFound') } });
      const found = await withTenant(services.database.db, access.tenantId, (db) => openFile(db, services.files, request.params.id));
      if (!found) return reply.code(404).send({ error: { message: ctx.t('errors:notFound') } });
      return reply
        .header('content-type', found.file.contentType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(found.file.name)}`)
        .send(found.stream);
    });
  });

  // Data files for imports: one file, streamed to storage with its hash; the importing module checks the content.
  await app.register(async (imports) => {
    await imports.register(multipart, { limits: { fileSize: maxImportBytes, files: 1, fields: 0 } });
    imports.addHook('onRequest', requireCsrfHeader);

    imports.post('/api/files/imports', async (request, reply) => {
      const ctx = await contextOf(services, request);
      const access = staffAccess(ctx, 'platform:files.upload');
      if ('key' in access) return reply.code(access.status).send({ error: { message: ctx.t(access.key), i18nKey: access.key } });
      const part = await request.file();
      if (!part) return reply.code(400).send({ error: { message: ctx.t('errors:files.missing'), i18nKey: 'errors:files.missing' } });
      if (!IMPORT_TYPES.has(part.mimetype)) {
        part.file.resume();
        return reply.code(415).send({ error: { message: ctx.t('errors:files.type'), i18nKey: 'errors:files.type' } });
      }
      const stored = await storeStream(services.files, { tenantId: access.tenantId, contentType: part.mimetype, stream: part.file });
      if (part.file.truncated) {
        await services.files.delete(stored.storageKey);
        return reply.code(413).send({ error: { message: ctx.t('errors:files.tooLarge', { megabytes: Math.round(maxImportBytes / 1024 / 1024) }), i18nKey: 'errors:files.tooLarge' } });
      }
      const file = { tenantId: access.tenantId, name: part.filename, contentType: part.mimetype, createdBy: access.userId, requestId: request.id };
      return reply.code(201).send(await recordUpload(services, stored, file));
    });
  });
}

/** The file's row and its audit entry, in one tenant transaction. */
function recordUpload(services: PlatformServices, stored: StoredBytes, file: { tenantId: string; name: string; contentType: string; createdBy: string; requestId: string }) {
  return withTenant(services.database.db, file.tenantId, async (db) => {
    const record = await recordFile(db, stored, file);
    await db
      .insertInto('platformAudit')
      .values({
        tenantId: file.tenantId,
        userId: file.createdBy,
        action: 'files.upload',
        entityType: 'file',
        entityId: record.id,
        before: null,
        after: JSON.stringify({ name: record.name, sizeBytes: record.sizeBytes }),
        requestId: file.requestId,
      })
      .execute();
    return record;
  });
}
