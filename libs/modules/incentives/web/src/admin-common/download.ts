import { saveFile } from '@ancrage/ui';

/** A file received base64-encoded from the API (the agreement PDF). */
export function downloadBase64(file: { fileName: string; base64: string; contentType?: string }) {
  const bytes = Uint8Array.from(atob(file.base64), (character) => character.charCodeAt(0));
  saveFile(file.fileName, new Blob([bytes], { type: file.contentType ?? 'application/pdf' }));
}

/** A refused download, with the server's message (already translated) when it gave one. */
export class DownloadError extends Error {}

/** A file of the tenant's storage, as `GET /api/files/:id` serves it to staff. */
export async function downloadStoredFile(file: { fileId: string; fileName: string }, tenantSlug: string, language: string) {
  const response = await fetch(`/api/files/${encodeURIComponent(file.fileId)}`, {
    credentials: 'same-origin',
    headers: { 'x-tenant': tenantSlug, 'accept-language': language },
  });
  if (!response.ok) {
    const answer = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new DownloadError(answer?.error?.message ?? '');
  }
  saveFile(file.fileName, await response.blob());
}
