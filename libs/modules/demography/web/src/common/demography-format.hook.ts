import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '@ancrage/i18n';
import { useLocale } from '@ancrage/ui';

const ONE_DECIMAL = { minimumFractionDigits: 0, maximumFractionDigits: 1 };

/** The module's figures in the page's language: counts, FTE, densities, shares, dates, the RPPS source. */
export function useDemographyFormat() {
  const { t } = useTranslation('demography');
  const locale = useLocale();
  return useMemo(
    () => ({
      count: (value: number) => formatNumber(value, locale),
      fte: (value: number) => formatNumber(value, locale, ONE_DECIMAL),
      density: (value: number) => formatNumber(value, locale, ONE_DECIMAL),
      share: (ratio: number) => formatNumber(ratio, locale, { style: 'percent', maximumFractionDigits: 0 }),
      signed: (value: number) => formatNumber(value, locale, { ...ONE_DECIMAL, signDisplay: 'exceptZero' }),
      date: (isoDate: string) => formatDate(isoDate, locale),
      longDate: (isoDate: string) => formatDate(isoDate, locale, 'long'),
      /** "RPPS (ANS), extraction du 1 décembre 2025". */
      rppsSource: (extractedOn: string) => t('source.rpps', { date: formatDate(extractedOn, locale, 'long') }),
    }),
    [locale, t],
  );
}

export type DemographyFormat = ReturnType<typeof useDemographyFormat>;
