import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { areaLabel } from '../../common/condition-params';
import { useIncentivesFormat } from '../../common/use-incentives-format.hook';
import type { MyApplication } from './my-application-types';

/** The payments scheduled and received. */
export function PaymentsSection({ application }: { application: MyApplication }) {
  const { t } = useTranslation('incentives');
  const format = useIncentivesFormat();
  const { payments } = application;
  if (payments.length === 0) return <Text>{application.amountCents > 0 ? t('portal.payments.notYet', { amount: format.cents(application.amountCents) }) : t('portal.payments.none')}</Text>;
  const sum = (status: string) => payments.filter((payment) => payment.status === status).reduce((total, payment) => total + payment.amountCents, 0);
  return (
    <Stack gap="sm">
      <Text fw={600}>{t('portal.payments.totals', { received: format.cents(sum('paid')), scheduled: format.cents(sum('scheduled')) })}</Text>
      <Table.ScrollContainer minWidth={280} type="native">
        <Table captionSide="top" verticalSpacing="xs" striped>
          <Table.Caption style={{ textAlign: 'left', color: 'var(--mantine-color-text)' }}>{t('portal.payments.caption', { count: payments.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('portal.payments.due')}</Table.Th>
              <Table.Th scope="col">{t('portal.payments.amount')}</Table.Th>
              <Table.Th scope="col">{t('portal.payments.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {payments.map((payment) => (
              <Table.Tr key={payment.seq}>
                <Table.Th scope="row" fw="normal">
                  {format.day(payment.dueOn, 'short')}
                </Table.Th>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.cents(payment.amountCents)}</Table.Td>
                <Table.Td>{payment.status === 'paid' ? t('portal.payments.paidOn', { date: format.day(payment.paidOn, 'short') }) : t(`portal.payments.statuses.${payment.status}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** What the candidate committed to and the dates that apply, once the agreement exists. */
export function CommitmentSection({ application }: { application: MyApplication }) {
  const { t, i18n } = useTranslation('incentives');
  const format = useIncentivesFormat();
  const { commitment } = application;
  const terms = application.scheme.commitment;
  const place = terms?.area ? areaLabel(terms.area, t, i18n.resolvedLanguage ?? 'fr') : undefined;
  return (
    <Stack gap="xs">
      <Text>{format.commitmentSummary(terms, place)}</Text>
      {terms ? <Text size="sm">{format.repaymentSummary(terms.repayment)}</Text> : null}
      {application.agreementSignedOn ? <Text>{t('portal.commitment.agreementSigned', { date: format.day(application.agreementSignedOn) })}</Text> : null}
      {commitment.startsOn ? (
        <Text>{commitment.endsOn ? t('portal.commitment.period', { start: format.day(commitment.startsOn), end: format.day(commitment.endsOn) }) : t('portal.commitment.since', { start: format.day(commitment.startsOn) })}</Text>
      ) : terms ? (
        <Text size="sm">{t('portal.commitment.notStarted')}</Text>
      ) : null}
      {commitment.brokenOn ? <Text fw={600}>{t('portal.commitment.broken', { date: format.day(commitment.brokenOn) })}</Text> : null}
      {commitment.repaymentCents !== null ? <Text fw={600}>{t('portal.commitment.repayment', { amount: format.cents(commitment.repaymentCents) })}</Text> : null}
      {commitment.repaidOn ? <Text>{t('portal.commitment.repaid', { date: format.day(commitment.repaidOn) })}</Text> : null}
    </Stack>
  );
}
