import { useMemo, useState } from 'react';
import { Button, Grid, Group, Stack } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { COMMITTED_STATUSES } from '@ancrage/incentives-domain';
import { PageHeader, QueryState, useLocale, useNotify, useTRPC, useTRPCClient } from '@ancrage/ui';
import { ApplicationStatusBadge } from '../common/scheme-badges';
import { ConflictAlert } from '../admin-common/conflict-alert';
import { downloadBase64 } from '../admin-common/download';
import { inLocale } from '../admin-common/localised';
import { ModuleNav } from '../admin-common/module-nav';
import { useSchemeReferenceLabel } from '../admin-common/scheme-references';
import type { ReferenceNames } from '../common/condition-params';
import type { ApplicationView } from './detail/application-view';
import { CandidateSection } from './detail/candidate-section';
import { ChangeRequestsSection } from './detail/change-requests-section';
import { DocumentsSection } from './detail/documents-section';
import { FollowUpSection } from './detail/follow-up-section';
import { HistorySection } from './detail/history-section';
import { PaymentsSection } from './detail/payments-section';
import { SchemeVerdictSection } from './detail/scheme-verdict-section';
import { TransitionPanel } from './detail/transition-panel';

function AgreementButton({ application }: { application: ApplicationView }) {
  const { t } = useTranslation('incentives');
  const client = useTRPCClient();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  if (!COMMITTED_STATUSES.includes(application.status)) return null;
  const download = async () => {
    setBusy(true);
    try {
      downloadBase64(await client.incentives.agreementPdf.query({ id: application.id }));
    } catch (error) {
      notify.failure(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" loading={busy} onClick={() => void download()}>
      {t('admin.application.agreementPdf')}
    </Button>
  );
}

function ApplicationDetail({ application, onChanged }: { application: ApplicationView; onChanged: () => Promise<unknown> }) {
  const { t } = useTranslation('incentives');
  const trpc = useTRPC();
  const locale = useLocale();
  const [conflict, setConflict] = useState<string | null>(null);
  const territory = useQuery(trpc.incentives.territoryChoices.queryOptions());
  const schemes = useQuery(trpc.incentives.schemes.queryOptions({}));
  const localSchemes = useMemo(() => schemes.data ?? [], [schemes.data]);
  const schemeLabel = useSchemeReferenceLabel(localSchemes);
  const names = useMemo<ReferenceNames>(
    () => ({
      communes: Object.fromEntries((territory.data?.communes ?? []).map((commune) => [commune.code, commune.name])),
      epcis: Object.fromEntries((territory.data?.epcis ?? []).map((epci) => [epci.code, epci.name])),
      perimeters: Object.fromEntries((territory.data?.perimeters ?? []).map((perimeter) => [perimeter.id, perimeter.name])),
      schemes: Object.fromEntries(localSchemes.map((scheme) => [`local:${scheme.id}`, inLocale(scheme.name, locale)])),
    }),
    [territory.data, localSchemes, locale],
  );
  const profileNames = { communes: names.communes ?? {}, schemes: schemeLabel };
  const reload = async () => {
    setConflict(null);
    await onChanged();
  };
  return (
    <>
      <PageHeader
        title={t('admin.application.title', { reference: application.reference })}
        description={
          <Group gap="xs" component="span">
            <span>{t('admin.application.lead', { name: `${application.contact.firstName} ${application.contact.lastName}`, scheme: inLocale(application.scheme.content.name, locale) })}</span>
            <ApplicationStatusBadge status={application.status} />
          </Group>
        }
        actions={<AgreementButton application={application} />}
      />
      <ModuleNav />
      <Stack gap="md">
        {conflict ? <ConflictAlert message={conflict} onReload={() => void reload()} /> : null}
        <TransitionPanel application={application} onMoved={onChanged} onConflict={setConflict} />
        <ChangeRequestsSection application={application} names={profileNames} onDecided={onChanged} />
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <Stack gap="md">
              <CandidateSection application={application} communeNames={profileNames.communes} schemeLabel={schemeLabel} />
              <DocumentsSection application={application} />
              <HistorySection application={application} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <Stack gap="md">
              <SchemeVerdictSection application={application} names={names} schemeLabel={schemeLabel} />
              <FollowUpSection application={application} />
            </Stack>
          </Grid.Col>
        </Grid>
        <PaymentsSection application={application} onRecorded={onChanged} />
      </Stack>
    </>
  );
}

/** /t/:tenant/admin/incentives/applications/:id — an application's file: candidate, verdict, documents, workflow, payments. */
export function ApplicationPage() {
  const { t } = useTranslation('incentives');
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const application = useQuery(trpc.incentives.application.queryOptions({ id }));
  const changed = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.incentives.application.queryKey({ id }) });
    await queryClient.invalidateQueries({ queryKey: trpc.incentives.applications.queryKey() });
  };
  if (application.data) return <ApplicationDetail application={application.data} onChanged={changed} />;
  return (
    <>
      <PageHeader title={t('admin.application.loadingTitle')} />
      <ModuleNav />
      <QueryState query={application} loadingLabel={t('admin.application.loading')}>
        {() => null}
      </QueryState>
    </>
  );
}
