import { openFile } from '@ancrage/files';
import { appError, type TenantScopedContext } from '@ancrage/trpc';
import { governanceDb } from '../cg-db';

/** Documents of the module are small (uploads are capped at 10 MB): sent whole, base64-encoded, through tRPC. */
export async function fileForDownload(ctx: TenantScopedContext, fileId: string) {
  const found = await openFile(ctx.db, ctx.services.files, fileId);
  if (!found) throw appError('NOT_FOUND', 'errors:notFound');
  const chunks: Buffer[] = [];
  for await (const chunk of found.stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return { name: found.file.name, contentType: found.file.contentType, base64: Buffer.concat(chunks).toString('base64') };
}

/** Refuses a file id the tenant has not uploaded (row-level security hides other tenants' files). */
export async function assertUploaded(ctx: TenantScopedContext, fileId: string) {
  const file = await governanceDb(ctx).selectFrom('platformFile').select(['id', 'contentType']).where('id', '=', fileId).executeTakeFirst();
  if (!file) throw appError('NOT_FOUND', 'centre-governance:errors.fileMissing');
  return file;
}
