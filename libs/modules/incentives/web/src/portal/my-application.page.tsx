import type { ReactNode } from 'react';
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConfirmButton, LoadingState, PageHeader, QueryState, useMe, useNotify, useTenant, useTRPC } from '@ancrage/ui';
import { ApplicationStatusBadge, SchemeKindBadge } from '../common/scheme-badges';
import { useIncentivesFormat } from '../common/use-incentives-format.hook';
import { ChangeRequestForm } from './application/change-request-form';
import { DocumentsSection } from './application/documents-section';
import { DraftForm } from './application/draft-form';
import type { MyApplication } from './application/my-application-types';
import { CommitmentSection, PaymentsSection } from './application/payments-section';
import { StatusTimeline } from './application/status-timeline';
import { SubmitSection } from './application/submit-section';
import { useRefreshApplication } from './application/use-refresh-application.hook';
import { portalPaths } from './portal-paths';
import { SignInNeeded } from './sign-in-needed';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function WithdrawButton({ application }: { application: MyApplication }) {
  const { t } = useTranslation('incentives');
  const trpc = useTRPC();
  const notify = useNotify();
  const refresh = useRefreshApplication();
  const withdraw = useMutation(
    trpc.incentives.withdrawMyApplication.mutationOptions({
      onSuccess: async () => {
        notify.success(t('portal.application.withdrawn'));
        await refresh();
      },
      onError: notify.failure,
    }),
  );
  return (
    <ConfirmButton
      title={t('portal.application.withdrawTitle')}
      message={t('portal.application.withdrawMessage')}
      confirmLabel={t('portal.application.withdraw')}
      onConfirm={() => withdraw.mutateAsync({ id: application.id, rowVersion: application.rowVersion }).catch(() => undefined)}
    >
      {t('portal.application.withdraw')}
    </ConfirmButton>
  );
}

function ApplicationDetail({ application }: { application: MyApplication }) {
  const { t } = useTranslation('incentives');
  const tenant = useTenant();
  const agreed = application.payments.length > 0 || application.agreementSignedOn !== null || application.commitment.startsOn !== null;
  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap={6} wrap="wrap">
          <ApplicationStatusBadge status={application.status} />
          <SchemeKindBadge kind={application.scheme.kind} />
        </Group>
        <Anchor component={Link} to={portalPaths.myApplications(tenant.slug)}>
          {t('portal.application.backToList')}
        </Anchor>
      </Group>
      <Section id="status-title" title={t('portal.application.statusTitle')}>
        <StatusTimeline application={application} />
      </Section>
      <Section id="documents-title" title={t('portal.application.documentsTitle')}>
        <DocumentsSection application={application} />
      </Section>
      {application.canEdit ? (
        <>
          <Section id="answers-title" title={t('portal.application.answersTitle')}>
            <DraftForm application={application} />
          </Section>
          <Section id="submit-title" title={t('portal.application.submitTitle')}>
            <SubmitSection application={application} />
          </Section>
        </>
      ) : null}
      {agreed || application.status === 'approved' ? (
        <>
          <Section id="payments-title" title={t('portal.application.paymentsTitle')}>
            <PaymentsSection application={application} />
          </Section>
          <Section id="commitment-title" title={t('portal.application.commitmentTitle')}>
            <CommitmentSection application={application} />
          </Section>
        </>
      ) : null}
      {application.canRequestChange || application.changeRequests.length > 0 ? (
        <Section id="change-title" title={t('portal.application.changeTitle')}>
          {application.canRequestChange ? <ChangeRequestForm application={application} /> : <Text>{t('portal.change.closed')}</Text>}
        </Section>
      ) : null}
      {application.canWithdraw ? (
        <Section id="withdraw-title" title={t('portal.application.withdrawSection')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('portal.application.withdrawHelp')}</Text>
            <WithdrawButton application={application} />
          </Stack>
        </Section>
      ) : null}
    </Stack>
  );
}

/** /t/:tenant/incentives/my-applications/:id — one of the candidate's applications: status, documents, answers, payments, commitment. */
export function MyApplicationPage() {
  const { t } = useTranslation('incentives');
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const format = useIncentivesFormat();
  const me = useMe();
  const application = useQuery({ ...trpc.incentives.myApplication.queryOptions({ id }), enabled: Boolean(me.data) });
  const data = application.data;
  return (
    <>
      <PageHeader
        title={data ? format.text(data.scheme.name) : t('portal.application.title')}
        description={data ? t('portal.application.reference', { reference: data.reference }) : undefined}
      />
      {me.isPending ? <LoadingState /> : !me.data ? <SignInNeeded /> : <QueryState query={application}>{(loaded) => <ApplicationDetail application={loaded} />}</QueryState>}
    </>
  );
}
