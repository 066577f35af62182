import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { KNOWN_PROFESSIONS } from '@ancrage/demography-domain';

const known = new Set<string>(KNOWN_PROFESSIONS);

/** A profession's translated name; professions without one keep the extract's label (or their code). */
export function useProfessionLabel() {
  const { t } = useTranslation('demography');
  return useCallback((code: string, fileLabel?: string | null) => (known.has(code) ? t(`professions.${code}`) : fileLabel || code), [t]);
}
