import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ApplicationStatus } from '@ancrage/incentives-domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState, useCan, useLocale, useTenant, useTRPC } from '@ancrage/ui';
import { ApplicationStatusBadge } from '../common/scheme-badges';
import { FormSection } from '../admin-common/form-section';
import { inLocale } from '../admin-common/localised';
import { adminPaths, permissions } from '../admin-common/paths';
import { useAdminFormat } from '../admin-common/use-admin-format.hook';
import { DecisionForm } from './decision-form';

/** One session: the applications before the committee now, a decision form for each, and what it decided. */
export function SessionPanel({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('incentives');
  const trpc = useTRPC();
  const tenant = useTenant();
  const locale = useLocale();
  const format = useAdminFormat();
  const queryClient = useQueryClient();
  const canManage = useCan(permissions.manageApplications);
  const session = useQuery(trpc.incentives.committeeSession.queryOptions({ id: sessionId }));
  const decided = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.incentives.committeeSession.queryKey({ id: sessionId }) });
    await queryClient.invalidateQueries({ queryKey: trpc.incentives.committeeSessions.queryKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.incentives.applications.queryKey() });
  };
  return (
    <QueryState query={session}>
      {(view) => (
        <FormSection title={t('admin.committee.sessionTitle', { title: view.title, date: format.day(view.heldOn) })}>
          <Stack gap="md">
            {view.notes ? <Text>{view.notes}</Text> : null}
            <Title order={3} size="h5">
              {t('admin.committee.pendingTitle', { count: view.pending.length })}
            </Title>
            {view.pending.length === 0 ? <Text>{t('admin.committee.noPending')}</Text> : null}
            {view.pending.map((application) => (
              <Paper key={application.id} withBorder p="sm" component="article" aria-label={t('admin.committee.applicationLabel', { reference: application.reference })}>
                <Stack gap="xs">
                  <Text fw={600}>
                    <Anchor component={Link} to={adminPaths.application(tenant.slug, application.id)}>
                      {application.reference}
                    </Anchor>
                    {' — '}
                    {`${application.firstName} ${application.lastName}`}
                  </Text>
                  <Text size="sm">
                    {t('admin.committee.applicationLine', { scheme: inLocale(application.schemeName, locale), amount: format.cents(application.amountCents), date: format.instant(application.submittedAt) })}
                  </Text>
                  {canManage ? <DecisionForm sessionId={view.id} applicationId={application.id} reference={application.reference} onDecided={decided} /> : null}
                </Stack>
              </Paper>
            ))}
            <Title order={3} size="h5">
              {t('admin.committee.decidedTitle', { count: view.decisions.length })}
            </Title>
            {view.decisions.length === 0 ? (
              <Text>{t('admin.committee.noDecision')}</Text>
            ) : (
              <Table.ScrollContainer minWidth={720} type="native">
                <Table captionSide="top" verticalSpacing="xs" striped>
                  <Table.Caption style={{ textAlign: 'left', color: 'var(--mantine-color-text)' }}>{t('admin.committee.decisionsCaption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('admin.committee.reference')}</Table.Th>
                      <Table.Th scope="col">{t('admin.committee.scheme')}</Table.Th>
                      <Table.Th scope="col">{t('admin.committee.decisionColumn')}</Table.Th>
                      <Table.Th scope="col">{t('admin.committee.statusNow')}</Table.Th>
                      <Table.Th scope="col">{t('admin.committee.commentColumn')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {view.decisions.map((decision) => (
                      <Table.Tr key={decision.applicationId}>
                        <Table.Th scope="row" fw="normal">
                          <Anchor component={Link} to={adminPaths.application(tenant.slug, decision.applicationId)}>
                            {decision.reference}
                          </Anchor>
                          {` — ${decision.firstName} ${decision.lastName}`}
                        </Table.Th>
                        <Table.Td>{inLocale(decision.schemeName, locale)}</Table.Td>
                        <Table.Td>{t(`admin.committee.decisions.${decision.decision}`)}</Table.Td>
                        <Table.Td>
                          <ApplicationStatusBadge status={decision.status as ApplicationStatus} />
                        </Table.Td>
                        <Table.Td>{decision.comment || '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
        </FormSection>
      )}
    </QueryState>
  );
}
