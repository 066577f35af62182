import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@ancrage/i18n';
import { useLocale } from '../app-context/use-locale.hook';

/**
 * Offers the other language, named in that language ("English" on a French
 * page, "Français" on an English one) and marked with its `lang`.
 */
export function LanguageSwitch({ onChange }: { onChange: (locale: Locale) => void }) {
  const { t } = useTranslation('common');
  const locale = useLocale();
  const other: Locale = locale === 'fr' ? 'en' : 'fr';
  return (
    <Button variant="subtle" size="compact-sm" lang={other} onClick={() => onChange(other)}>
      {t('languageName', { lng: other })}
    </Button>
  );
}
