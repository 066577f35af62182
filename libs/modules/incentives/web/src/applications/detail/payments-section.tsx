import { useState, type FormEvent } from 'react';
import { Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { parisDay } from '@ancrage/i18n';
import { apiErrorMessage, FormAlert, useCan, useNotify, useTRPC } from '@ancrage/ui';
import { FormSection } from '../../admin-common/form-section';
import { permissions } from '../../admin-common/paths';
import { useAdminFormat } from '../../admin-common/use-admin-format.hook';
import type { ApplicationView } from './application-view';

type Payment = ApplicationView['payments'][number];

const paymentColor = { scheduled: 'blue.9', paid: 'teal.9', cancelled: 'gray.8' } as const;

function RecordPaymentForm({ payment, onRecorded, onCancel }: { payment: Payment; onRecorded: () => Promise<unknown>; onCancel: () => void }) {
  const { t } = useTranslation('incentives');
  const trpc = useTRPC();
  const notify = useNotify();
  const format = useAdminFormat();
  const [paidOn, setPaidOn] = useState(parisDay(new Date()));
  const [reference, setReference] = useState('');
  const [referenceError, setReferenceError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const record = useMutation(
    trpc.incentives.recordPayment.mutationOptions({
      onSuccess: async () => {
        notify.success(t('admin.application.payments.recorded', { seq: payment.seq }));
        await onRecorded();
      },
      onError: (failure) => setError(apiErrorMessage(failure, t('admin.application.payments.failed'))),
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const missing = reference.trim() === '';
    setReferenceError(missing ? t('admin.application.payments.referenceRequired') : undefined);
    if (!missing) record.mutate({ paymentId: payment.id, paidOn, reference: reference.trim() });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('admin.application.payments.formLabel', { seq: payment.seq })}>
      <Stack gap="sm">
        <Text fw={600}>{t('admin.application.payments.formTitle', { seq: payment.seq, amount: format.cents(payment.amountCents) })}</Text>
        <FormAlert message={error} />
        <Group align="flex-start" gap="sm">
          <TextInput type="date" label={t('admin.application.payments.paidOn')} value={paidOn} onChange={(event) => setPaidOn(event.currentTarget.value)} max={parisDay(new Date())} required w={200} />
          <TextInput label={t('admin.application.payments.reference')} description={t('admin.application.payments.referenceHelp')} value={reference} onChange={(event) => setReference(event.currentTarget.value)} error={referenceError} required maxLength={100} w={280} />
        </Group>
        <Group gap="sm">
          <Button type="submit" loading={record.isPending}>
            {t('admin.application.payments.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('admin.application.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The agreement's schedule: each payment due, made or cancelled; officers record the ones made. */
export function PaymentsSection({ application, onRecorded }: { application: ApplicationView; onRecorded: () => Promise<unknown> }) {
  const { t } = useTranslation('incentives');
  const format = useAdminFormat();
  const canPay = useCan(permissions.managePayments);
  const [recording, setRecording] = useState<string | null>(null);
  const chosen = application.payments.find((payment) => payment.id === recording);
  return (
    <FormSection title={t('admin.application.paymentsTitle')}>
      <Stack gap="sm">
        <Text>{t('admin.application.payments.summary', { amount: format.cents(application.amountCents), paid: format.cents(application.paidCents), scheduled: format.cents(application.scheduledCents) })}</Text>
        {application.payments.length === 0 ? (
          <Text>{t('admin.application.payments.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={720} type="native">
            <Table captionSide="top" verticalSpacing="xs" striped>
              <Table.Caption style={{ textAlign: 'left', color: 'var(--mantine-color-text)' }}>{t('admin.application.payments.caption', { count: application.payments.length })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.application.payments.seq')}</Table.Th>
                  <Table.Th scope="col">{t('admin.application.payments.dueOn')}</Table.Th>
                  <Table.Th scope="col" style={{ textAlign: 'right' }}>
                    {t('admin.application.payments.amount')}
                  </Table.Th>
                  <Table.Th scope="col">{t('admin.application.payments.status')}</Table.Th>
                  <Table.Th scope="col">{t('admin.application.payments.paidOn')}</Table.Th>
                  <Table.Th scope="col">{t('admin.application.payments.reference')}</Table.Th>
                  {canPay ? <Table.Th scope="col">{t('admin.application.payments.actions')}</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {application.payments.map((payment) => (
                  <Table.Tr key={payment.id}>
                    <Table.Th scope="row" fw="normal">
                      {t('admin.application.payments.number', { seq: payment.seq })}
                    </Table.Th>
                    <Table.Td>{format.day(payment.dueOn)}</Table.Td>
                    <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{format.cents(payment.amountCents)}</Table.Td>
                    <Table.Td>
                      <Badge variant="outline" color={paymentColor[payment.status]}>
                        {t(`admin.application.payments.statuses.${payment.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{format.day(payment.paidOn)}</Table.Td>
                    <Table.Td>{payment.reference || '—'}</Table.Td>
                    {canPay ? (
                      <Table.Td>
                        {payment.status === 'scheduled' ? (
                          <Button size="compact-sm" variant="light" onClick={() => setRecording(payment.id)} aria-label={t('admin.application.payments.recordNamed', { seq: payment.seq })}>
                            {t('admin.application.payments.record')}
                          </Button>
                        ) : null}
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {chosen && canPay ? (
          <RecordPaymentForm
            key={chosen.id}
            payment={chosen}
            onCancel={() => setRecording(null)}
            onRecorded={async () => {
              setRecording(null);
              await onRecorded();
            }}
          />
        ) : null}
      </Stack>
    </FormSection>
  );
}
