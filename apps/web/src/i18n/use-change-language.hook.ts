import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@ancrage/i18n';
import { invalidateAllQueries } from '../api/api-clients';
import { writeLocaleCookie } from './locale-cookie';

/** Switches language everywhere: cookie for the API, i18next, <html lang>, translated API answers. */
export function useChangeLanguage() {
  const { i18n } = useTranslation();
  return useCallback(
    async (locale: Locale) => {
      writeLocaleCookie(locale);
      await i18n.changeLanguage(locale);
      await invalidateAllQueries();
    },
    [i18n],
  );
}
