import { List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OpeningPeriod } from '@ancrage/centre-governance-domain';

/** Opening hours grouped by weekday ("Lundi : 08:00–12:30, 13:30–19:00"). */
export function OpeningHours({ periods }: { periods: readonly OpeningPeriod[] }) {
  const { t } = useTranslation('centre-governance');
  if (periods.length === 0) return <>{t('sites.noHours')}</>;
  const days = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => {
    const own = periods.filter((period) => period.weekday === weekday).sort((a, b) => a.opens.localeCompare(b.opens));
    return own.length === 0 ? [] : [{ weekday, text: own.map((period) => `${period.opens}–${period.closes}`).join(', ') }];
  });
  return (
    <List size="sm" spacing={2} listStyleType="none" withPadding={false}>
      {days.map((day) => (
        <List.Item key={day.weekday}>{t('sites.dayHours', { day: t(`weekdays.${day.weekday}`), hours: day.text })}</List.Item>
      ))}
    </List>
  );
}

const PERIOD = /^\s*([1-7])\s+(\d{2}:\d{2})-(\d{2}:\d{2})\s*$/;

/** Reads hours typed one period a line: "1 08:00-12:30" (weekday 1 = Monday). Lines that do not parse are returned apart. */
export function parseOpeningHours(text: string): { periods: OpeningPeriod[]; invalid: string[] } {
  const periods: OpeningPeriod[] = [];
  const invalid: string[] = [];
  for (const line of text.split('\n').filter((candidate) => candidate.trim() !== '')) {
    const match = PERIOD.exec(line);
    if (match) periods.push({ weekday: Number(match[1]), opens: match[2] as string, closes: match[3] as string });
    else invalid.push(line.trim());
  }
  return { periods, invalid };
}

export const formatOpeningHours = (periods: readonly OpeningPeriod[]) => periods.map((period) => `${period.weekday} ${period.opens}-${period.closes}`).join('\n');
