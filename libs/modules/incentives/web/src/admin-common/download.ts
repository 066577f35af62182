/** Hands bytes to the browser's download under `name`. */
function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file received base64-encoded from the API (the agreement PDF). */
export function downloadBase64(file: { fileName: string; base64: string; contentType?: string }) {
  const bytes = Uint8Array.from(atob(file.base64), (character) => character.charCodeAt(0));
  saveBlob(new Blob([bytes], { type: file.contentType ?? 'application/pdf' }), file.fileName);
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
  saveBlob(await response.blob(), file.fileName);
}
