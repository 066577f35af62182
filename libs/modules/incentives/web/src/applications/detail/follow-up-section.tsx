import { ATTENTION_COLOR } from '../../common/tones';
import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../../admin-common/form-section';
import { useAdminFormat } from '../../admin-common/use-admin-format.hook';
import type { ApplicationView } from './application-view';
import { Facts } from './facts';

/** The agreement and commitment's dates, the repayment of a broken commitment, the committee's decisions and the reminders. */
export function FollowUpSection({ application }: { application: ApplicationView }) {
  const { t } = useTranslation('incentives');
  const format = useAdminFormat();
  const { commitment } = application;
  const facts = [
    { key: 'amount', label: t('admin.application.amount'), value: application.amountCents > 0 ? format.cents(application.amountCents) : t('admin.application.amountNotDecided') },
    { key: 'budgetYear', label: t('admin.application.budgetYear'), value: application.budgetYear === null ? '—' : String(application.budgetYear) },
    { key: 'decidedAt', label: t('admin.application.decidedAt'), value: format.instant(application.decidedAt) },
    { key: 'agreementSignedOn', label: t('admin.application.agreementSignedOn'), value: format.day(application.agreementSignedOn) },
    { key: 'startsOn', label: t('admin.application.commitmentStartsOn'), value: format.day(commitment.startsOn) },
    { key: 'endsOn', label: t('admin.application.commitmentEndsOn'), value: format.day(commitment.endsOn) },
  ];
  if (commitment.brokenOn) facts.push({ key: 'brokenOn', label: t('admin.application.commitmentBrokenOn'), value: format.day(commitment.brokenOn) });
  if (commitment.repaymentCents !== null) facts.push({ key: 'repayment', label: t('admin.application.repayment'), value: format.cents(commitment.repaymentCents) });
  if (commitment.repaidOn) facts.push({ key: 'repaidOn', label: t('admin.application.repaidOn'), value: format.day(commitment.repaidOn) });
  return (
    <FormSection title={t('admin.application.followUpTitle')}>
      <Stack gap="md">
        {application.budgetOverride ? (
          <Text fw={700} c={ATTENTION_COLOR}>
            <span aria-hidden="true">⚠ </span>
            {t('admin.application.overridden')}
          </Text>
        ) : null}
        <Facts items={facts} />
        <Title order={3} size="h5">
          {t('admin.application.committeeTitle')}
        </Title>
        {application.committeeDecisions.length === 0 ? (
          <Text>{t('admin.application.committee.none')}</Text>
        ) : (
          <Table captionSide="top" verticalSpacing="xs" striped>
            <Table.Caption style={{ textAlign: 'left', color: 'var(--mantine-color-text)' }}>{t('admin.application.committee.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.application.committee.session')}</Table.Th>
                <Table.Th scope="col">{t('admin.application.committee.decision')}</Table.Th>
                <Table.Th scope="col">{t('admin.application.committee.comment')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {application.committeeDecisions.map((decision) => (
                <Table.Tr key={`${decision.sessionId}-${String(decision.decidedAt)}`}>
                  <Table.Th scope="row" fw="normal">
                    {t('admin.application.committee.sessionLine', { title: decision.sessionTitle, date: format.day(decision.heldOn) })}
                  </Table.Th>
                  <Table.Td>{t(`admin.committee.decisions.${decision.decision}`)}</Table.Td>
                  <Table.Td>{decision.comment || '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Title order={3} size="h5">
          {t('admin.application.remindersTitle')}
        </Title>
        {application.reminders.length === 0 ? (
          <Text>{t('admin.application.reminders.none')}</Text>
        ) : (
          <Table captionSide="top" verticalSpacing="xs" striped>
            <Table.Caption style={{ textAlign: 'left', color: 'var(--mantine-color-text)' }}>{t('admin.application.reminders.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.application.reminders.kind')}</Table.Th>
                <Table.Th scope="col">{t('admin.application.reminders.dueOn')}</Table.Th>
                <Table.Th scope="col">{t('admin.application.reminders.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {application.reminders.map((reminder) => (
                <Table.Tr key={reminder.id}>
                  <Table.Th scope="row" fw="normal">
                    {t(`admin.application.reminders.kinds.${reminder.kind}`)}
                  </Table.Th>
                  <Table.Td>{format.day(reminder.dueOn)}</Table.Td>
                  <Table.Td>
                    <Badge variant="outline" color={reminder.sentAt ? 'teal.9' : 'gray.8'}>
                      {reminder.sentAt ? t('admin.application.reminders.sent', { date: format.instant(reminder.sentAt) }) : t('admin.application.reminders.planned')}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </FormSection>
  );
}
