/** The stored file, as the platform's upload routes answer it. */
export interface UploadedFile {
  id: string;
  name: string;
  sizeBytes: number;
}

/** A refused upload, with the server's message (already translated) when it gave one. */
export class UploadError extends Error {}

export interface UploadOptions {
  tenantSlug: string;
  /** The language the server answers a refusal in. */
  language: string;
  /** `/api/files` for staff documents (the default), `/api/files/mine` for a portal account's own documents. */
  url?: string;
}

/** Sends a document to the tenant's file storage, as the API expects it; the module then attaches it by id. */
export async function uploadFile(file: File, { tenantSlug, language, url = '/api/files' }: UploadOptions): Promise<UploadedFile> {
  const body = new FormData();
  body.append('file', file, file.name);
  const response = await fetch(url, {
    method: 'POST',
    body,
    credentials: 'same-origin',
    headers: { 'x-tenant': tenantSlug, 'x-ancrage-csrf': '1', 'accept-language': language },
  });
  const answer = (await response.json().catch(() => null)) as (UploadedFile & { error?: { message?: string } }) | null;
  if (response.status !== 201 || !answer) throw new UploadError(answer?.error?.message ?? '');
  return answer;
}
