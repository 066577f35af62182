import { ColorSwatch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@ancrage/i18n';
import { useLocale } from '@ancrage/ui';
import { contrastWithWhite } from './new-tenant.schema';

interface ColorFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** A #rrggbb colour with a preview, and its contrast against white text (WCAG AA needs 4.5). */
export function ColorField({ label, value, onChange, error }: ColorFieldProps) {
  const { t } = useTranslation('common');
  const locale = useLocale();
  const ratio = contrastWithWhite(value.trim());
  const description =
    ratio === null
      ? t('platform.newTenant.colorHelp')
      : t(ratio >= 4.5 ? 'platform.newTenant.contrastOk' : 'platform.newTenant.contrastLow', { ratio: formatNumber(ratio, locale, { maximumFractionDigits: 1 }) });
  return (
    <TextInput
      label={label}
      placeholder="#1d4f91"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      leftSection={ratio !== null ? <ColorSwatch color={value.trim()} size={18} aria-hidden /> : null}
      description={description}
      error={error}
      maxLength={7}
      autoComplete="off"
    />
  );
}
