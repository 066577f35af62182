/** The stored file, as `POST /api/files` answers it. */
export interface UploadedFile {
  id: string;
  name: string;
  sizeBytes: number;
}

/** A refused upload, with the server's message (already translated) when it gave one. */
export class UploadError extends Error {}

/** Sends a document (PDF, office file) to the tenant's file storage, as the API expects it. */
export async function uploadFile(file: File, tenantSlug: string, language: string): Promise<UploadedFile> {
  const body = new FormData();
  body.append('file', file, file.name);
  const response = await fetch('/api/files', {
    method: 'POST',
    body,
    credentials: 'same-origin',
    headers: { 'x-tenant': tenantSlug, 'x-ancrage-csrf': '1', 'accept-language': language },
  });
  const answer = (await response.json().catch(() => null)) as (UploadedFile & { error?: { message?: string } }) | null;
  if (response.status !== 201 || !answer) throw new UploadError(answer?.error?.message ?? '');
  return answer;
}
