/** The stored file, as `POST /api/files/imports` answers it. */
export interface UploadedFile {
  id: string;
  name: string;
  sizeBytes: number;
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

/** A refused or failed upload; `message` is the server's (already translated) when it gave one. */
export class UploadError extends Error {
  constructor(
    message: string | null,
    readonly status: number,
  ) {
    super(message ?? '');
    this.name = 'UploadError';
  }
}

interface UploadOptions {
  file: File;
  tenantSlug: string;
  language: string;
  onProgress: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

const UPLOAD_URL = '/api/files/imports';

function serverMessage(body: string): string | null {
  try {
    const message = (JSON.parse(body) as { error?: { message?: unknown } }).error?.message;
    return typeof message === 'string' ? message : null;
  } catch {
    return null;
  }
}

/**
 * Streams a data file to the import storage as the API expects it (multipart
 * field `file`, tenant and CSRF headers, session cookie). XMLHttpRequest rather
 * than fetch: only it reports the upload's progress.
 */
export function uploadImportFile({ file, tenantSlug, language, onProgress, signal }: UploadOptions): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', UPLOAD_URL);
    request.withCredentials = true;
    request.setRequestHeader('x-tenant', tenantSlug);
    request.setRequestHeader('x-ancrage-csrf', '1');
    request.setRequestHeader('accept-language', language);
    request.upload.addEventListener('progress', (event) => onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size }));
    request.addEventListener('load', () => {
      if (request.status === 201) resolve(JSON.parse(request.responseText) as UploadedFile);
      else reject(new UploadError(serverMessage(request.responseText), request.status));
    });
    request.addEventListener('error', () => reject(new UploadError(null, 0)));
    request.addEventListener('abort', () => reject(new UploadError(null, 0)));
    signal?.addEventListener('abort', () => request.abort());
    const body = new FormData();
    body.append('file', file, file.name);
    request.send(body);
  });
}
