import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDemographyFormat } from '../common/demography-format.hook';

const MEGABYTE = 1024 * 1024;

/** A labelled progress bar of bytes done out of bytes in all ("12,5 Mo sur 340 Mo"). */
export function BytesProgress({ label, done, total }: { label: string; done: number; total: number }) {
  const { t } = useTranslation('demography');
  const format = useDemographyFormat();
  const ratio = total > 0 ? Math.min(1, done / total) : 0;
  const megabytes = (bytes: number) => format.fte(bytes / MEGABYTE);
  return (
    <Stack gap={4}>
      <Progress value={ratio * 100} aria-label={label} size="lg" animated={ratio < 1} />
      <Text size="sm">{t('imports.bytes', { done: megabytes(done), total: megabytes(total), percent: format.share(ratio) })}</Text>
    </Stack>
  );
}
