import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader, QueryState, useCan, useTenant, useTRPC } from '@ancrage/ui';
import { FormSection } from '../admin-common/form-section';
import { ModuleNav } from '../admin-common/module-nav';
import { adminPaths, permissions } from '../admin-common/paths';
import { useAdminFormat } from '../admin-common/use-admin-format.hook';
import { NewSessionForm } from './new-session-form';
import { SessionPanel } from './session-panel';

/** /t/:tenant/admin/incentives/committee — selection committee sessions and their decisions (the open session is in the address). */
export function CommitteePage() {
  const { t } = useTranslation('incentives');
  const trpc = useTRPC();
  const tenant = useTenant();
  const format = useAdminFormat();
  const canManage = useCan(permissions.manageApplications);
  const [params, setParams] = useSearchParams();
  const sessionId = params.get('session');
  const sessions = useQuery(trpc.incentives.committeeSessions.queryOptions());
  return (
    <>
      <PageHeader title={t('admin.committee.title')} description={t('admin.committee.intro')} />
      <ModuleNav />
      <Stack gap="lg">
        {sessionId ? <SessionPanel key={sessionId} sessionId={sessionId} /> : null}
        <FormSection title={t('admin.committee.sessionsTitle')}>
          <QueryState query={sessions}>
            {(list) =>
              list.length === 0 ? (
                <Text>{t('admin.committee.noSession')}</Text>
              ) : (
                <Table.ScrollContainer minWidth={640} type="native">
                  <Table captionSide="top" verticalSpacing="xs" striped>
                    <Table.Caption style={{ textAlign: 'left', color: 'var(--mantine-color-text)' }}>{t('admin.committee.sessionsCaption', { count: list.length })}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('admin.committee.session')}</Table.Th>
                        <Table.Th scope="col">{t('admin.committee.heldOn')}</Table.Th>
                        <Table.Th scope="col">{t('admin.committee.counts')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {list.map((session) => (
                        <Table.Tr key={session.id}>
                          <Table.Th scope="row" fw="normal">
                            <Anchor component={Link} to={adminPaths.committeeSession(tenant.slug, session.id)} aria-current={session.id === sessionId ? 'true' : undefined} fw={session.id === sessionId ? 700 : undefined}>
                              {session.title}
                            </Anchor>
                          </Table.Th>
                          <Table.Td>{format.day(session.heldOn)}</Table.Td>
                          <Table.Td>{t('admin.committee.countsLine', { approved: session.decisions.approved, rejected: session.decisions.rejected, deferred: session.decisions.deferred })}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )
            }
          </QueryState>
        </FormSection>
        {canManage ? <NewSessionForm onCreated={(id) => setParams({ session: id })} /> : null}
      </Stack>
    </>
  );
}
