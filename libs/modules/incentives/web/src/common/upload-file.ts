/** The stored file, as `POST /api/files/mine` answers it. */
export interface UploadedFile {
  id: string;
  name: string;
  sizeBytes: number;
}

/** A refused upload, with the server's message (already translated) when it gave one. */
export class UploadError extends Error {}

/**
 * Sends one of the signed-in account's own documents to the tenant's file storage (PDF, PNG or
 * JPEG, judged by content); the module then attaches it by id.
 */
export async function uploadFile(file: File, tenantSlug: string, language: string): Promise<UploadedFile> {
  const body = new FormData();
  body.append('file', file, file.name);
  const response = await fetch('/api/files/mine', {
    method: 'POST',
    body,
    credentials: 'same-origin',
    headers: { 'x-tenant': tenantSlug, 'x-ancrage-csrf': '1', 'accept-language': language },
  });
  const answer = (await response.json().catch(() => null)) as (UploadedFile & { error?: { message?: string } }) | null;
  if (response.status !== 201 || !answer) throw new UploadError(answer?.error?.message ?? '');
  return answer;
}
