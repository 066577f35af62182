import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState, PageHeader, QueryState, useMe, useTenant, useTRPC, type RouterOutputs } from '@ancrage/ui';
import { ApplicationStatusBadge, SchemeKindBadge } from '../common/scheme-badges';
import { useIncentivesFormat } from '../common/use-incentives-format.hook';
import { portalPaths } from './portal-paths';
import { SignInNeeded } from './sign-in-needed';

type MyApplicationSummary = RouterOutputs['incentives']['myApplications'][number];

function ApplicationCard({ application }: { application: MyApplicationSummary }) {
  const { t } = useTranslation('incentives');
  const tenant = useTenant();
  const format = useIncentivesFormat();
  const headingId = `application-${application.id}`;
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Group gap={6} wrap="wrap">
          <ApplicationStatusBadge status={application.status} />
          <SchemeKindBadge kind={application.kind} />
        </Group>
        <Title order={2} size="h4" id={headingId}>
          <Anchor component={Link} to={portalPaths.myApplication(tenant.slug, application.id)}>
            {format.text(application.schemeName)}
          </Anchor>
        </Title>
        <Text size="sm">{t('portal.myApplications.reference', { reference: application.reference })}</Text>
        <Text size="sm">
          {application.submittedAt ? t('portal.myApplications.submittedAt', { date: format.dateTime(application.submittedAt) }) : t('portal.myApplications.notSubmitted')}
        </Text>
        {application.amountCents > 0 ? <Text size="sm">{t('portal.myApplications.amount', { amount: format.cents(application.amountCents) })}</Text> : null}
      </Stack>
    </Card>
  );
}

/** /t/:tenant/incentives/my-applications — the signed-in candidate's applications and where each stands. */
export function MyApplicationsPage() {
  const { t } = useTranslation('incentives');
  const trpc = useTRPC();
  const tenant = useTenant();
  const me = useMe();
  const applications = useQuery({ ...trpc.incentives.myApplications.queryOptions(), enabled: Boolean(me.data) });
  return (
    <>
      <PageHeader
        title={t('portal.myApplications.title')}
        actions={
          <Button component={Link} to={portalPaths.schemes(tenant.slug)} variant="default">
            {t('portal.myApplications.browse')}
          </Button>
        }
      />
      {me.isPending ? (
        <LoadingState />
      ) : !me.data ? (
        <SignInNeeded />
      ) : (
        <QueryState query={applications}>
          {(list) =>
            list.length === 0 ? (
              <Text>{t('portal.myApplications.empty')}</Text>
            ) : (
              <Stack gap="md" component="section" aria-label={t('portal.myApplications.listLabel', { count: list.length })}>
                {list.map((application) => (
                  <ApplicationCard key={application.id} application={application} />
                ))}
              </Stack>
            )
          }
        </QueryState>
      )}
    </>
  );
}
