import { Box, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { APPLICATION_STATUSES, type ApplicationStatus } from '@ancrage/incentives-domain';
import { useIncentivesFormat } from '../../common/use-incentives-format.hook';
import type { MyApplication } from './my-application-types';

const isStatus = (value: string): value is ApplicationStatus => (APPLICATION_STATUSES as readonly string[]).includes(value);

/** Where the application stands, in plain words, and each step so far with its date. */
export function StatusTimeline({ application }: { application: MyApplication }) {
  const { t } = useTranslation('incentives');
  const format = useIncentivesFormat();
  return (
    <Stack gap="sm">
      <Text>{t(`portal.status.${application.status}`, { scheme: format.text(application.scheme.name) })}</Text>
      {application.history.length > 0 ? (
        <>
          <Title order={3} size="h5">
            {t('portal.application.historyTitle')}
          </Title>
          <Box component="ol" m={0} pl="lg">
            {application.history.map((event, index) => (
              <li key={index}>
                <Text size="sm">
                  {t('portal.application.historyLine', {
                    date: format.dateTime(event.at),
                    status: isStatus(event.toStatus) ? t(`applicationStatuses.${event.toStatus}`) : event.toStatus,
                  })}
                </Text>
              </li>
            ))}
          </Box>
        </>
      ) : null}
    </Stack>
  );
}
