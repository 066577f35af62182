import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant, type RouterOutputs } from '@ancrage/ui';
import { AudienceBadges, OpenBadge, SchemeKindBadge } from '../common/scheme-badges';
import { useIncentivesFormat } from '../common/use-incentives-format.hook';
import { portalPaths } from './portal-paths';

export type PortalSchemeSummary = RouterOutputs['incentives']['portalSchemes'][number];

/** A scheme of the catalogue: what it is, for whom, how much, against what, and whether one can apply now. */
export function SchemeCard({ scheme }: { scheme: PortalSchemeSummary }) {
  const { t } = useTranslation('incentives');
  const tenant = useTenant();
  const format = useIncentivesFormat();
  const headingId = `scheme-${scheme.slug}`;
  return (
    <Card withBorder radius="md" padding="lg" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group gap={6} wrap="wrap">
          <SchemeKindBadge kind={scheme.kind} />
          <OpenBadge open={scheme.open} />
        </Group>
        <Title order={3} size="h4" id={headingId}>
          <Anchor component={Link} to={portalPaths.scheme(tenant.slug, scheme.slug)}>
            {format.text(scheme.name)}
          </Anchor>
        </Title>
        {format.text(scheme.summary) ? <Text>{format.text(scheme.summary)}</Text> : null}
        <AudienceBadges audiences={scheme.audiences} />
        <Text size="sm">
          <Text component="span" fw={700} size="sm">
            {t('portal.catalogue.amount')}{' '}
          </Text>
          {format.amountSummary(scheme.amount)}
        </Text>
        <Text size="sm">
          <Text component="span" fw={700} size="sm">
            {t('portal.catalogue.commitment')}{' '}
          </Text>
          {format.commitmentSummary(scheme.commitment)}
        </Text>
        <Text size="sm" fw={600}>
          {format.openState(scheme.open, scheme.nextDeadline)}
        </Text>
      </Stack>
    </Card>
  );
}
