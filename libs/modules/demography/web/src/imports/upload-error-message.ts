import type { UploadError } from './upload-import-file';

const UNSUPPORTED_MEDIA_TYPE = 415;

/**
 * What to tell about a failed upload: the platform's generic wording for a
 * refused type lists office documents, which imports do not take, so that
 * refusal gets the module's own; other refusals keep the server's message.
 */
export function uploadErrorMessage(error: UploadError, t: (key: string) => string): string {
  if (error.status === UNSUPPORTED_MEDIA_TYPE) return t('imports.wrongType');
  return error.message || t('imports.uploadFailed');
}
