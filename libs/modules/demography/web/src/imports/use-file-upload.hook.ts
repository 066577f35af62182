import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '@ancrage/ui';
import { uploadImportFile, type UploadProgress } from './upload-import-file';

/** Uploads a data file of the tenant, exposing its progress while it lasts. */
export function useFileUpload() {
  const tenant = useTenant();
  const { i18n } = useTranslation();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const upload = useCallback(
    async (file: File) => {
      setProgress({ loaded: 0, total: file.size });
      try {
        return await uploadImportFile({ file, tenantSlug: tenant.slug, language: i18n.language, onProgress: setProgress });
      } finally {
        setProgress(null);
      }
    },
    [tenant.slug, i18n.language],
  );
  return { upload, progress };
}
