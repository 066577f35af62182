import { withTenant } from '@ancrage/db';
import { saveFile } from '@ancrage/files';
import type { TestPlatform } from '@ancrage/registry/testing';

/** Stores a file for a tenant as an upload would. */
export async function uploadFile(platform: TestPlatform, tenant: string, name: string, content: string | Buffer, contentType = 'text/plain') {
  const tenantId = await platform.tenantId(tenant);
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return withTenant(platform.database.db, tenantId, (db) => saveFile(db, platform.services.files, { tenantId, name, contentType, data, createdBy: null }));
}
