import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader, QueryState, useCan, useTenant, useTRPC } from '@ancrage/ui';
import { MeetingStatusBadge } from '../common/badges';
import { cgPaths, permissions } from '../common/paths';
import { useCgFormat } from '../common/use-cg-format.hook';
import { AddDeliberationForm } from './add-deliberation-form';
import { AttendanceForm } from './attendance-form';
import { DeliberationCard } from './deliberation-card';
import { MeetingActions } from './meeting-actions';
import { QuorumStatus } from './quorum-status';

/** /t/:tenant/admin/centre-governance/meetings/:id — a meeting of a GIP body: agenda, attendance, quorum, votes, minutes. */
export function MeetingPage() {
  const { t } = useTranslation('centre-governance');
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const tenant = useTenant();
  const format = useCgFormat();
  const canManage = useCan(permissions.manageGovernance);
  const meeting = useQuery(trpc['centre-governance'].meeting.queryOptions({ id }));

  return (
    <>
      <PageHeader title={meeting.data ? `${meeting.data.body.name} — ${meeting.data.meeting.title}` : t('meeting.title')} description={meeting.data ? `${format.dateTime(meeting.data.meeting.startsAt)} · ${meeting.data.meeting.place}` : undefined} />
      <QueryState query={meeting}>
        {(view) => {
          const decided = view.deliberations.some((deliberation) => deliberation.status === 'adopted' || deliberation.status === 'rejected');
          const inSession = canManage && view.meeting.status === 'convened';
          return (
            <Stack gap="lg">
              <Group gap="sm" wrap="wrap">
                <MeetingStatusBadge status={view.meeting.status} />
                <Anchor component={Link} to={cgPaths.gip(tenant.slug)}>
                  {view.gip.name}
                </Anchor>
                {view.meeting.round === 2 ? <Text size="sm">{t('minutes.secondCall')}</Text> : null}
              </Group>
              <MeetingActions view={view} canManage={canManage} />
              <section aria-labelledby="cg-attendance">
                <Title order={2} size="h4" id="cg-attendance" mb="sm">
                  {t('meeting.attendance')}
                </Title>
                <Stack gap="sm">
                  <AttendanceForm key={view.attendance.map((entry) => `${entry.memberId}:${entry.status}:${entry.proxyHolderId}`).join('|')} view={view} editable={inSession && !decided} />
                  <QuorumStatus view={view} />
                </Stack>
              </section>
              <section aria-labelledby="cg-deliberations">
                <Title order={2} size="h4" id="cg-deliberations" mb="sm">
                  {t('meeting.agenda')}
                </Title>
                <Stack gap="md">
                  {view.deliberations.length === 0 ? <Text>{t('meeting.emptyAgenda')}</Text> : null}
                  {view.deliberations.map((deliberation) => (
                    <DeliberationCard key={`${deliberation.id}:${deliberation.version}:${view.attendance.length}`} view={view} deliberation={deliberation} inSession={inSession} />
                  ))}
                </Stack>
              </section>
              {canManage && (view.meeting.status === 'planned' || view.meeting.status === 'convened') ? <AddDeliberationForm meetingId={view.meeting.id} /> : null}
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
