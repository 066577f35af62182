import type { ReactNode } from 'react';
import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader, QueryState, useMe, useTenant, useTRPC, type RouterOutputs } from '@ancrage/ui';
import { areaLabel, schemeReferenceLabel, type ReferenceNames } from '../common/condition-params';
import { RuleSummary } from '../common/rule-summary';
import { AudienceBadges, OpenBadge, SchemeKindBadge } from '../common/scheme-badges';
import { useIncentivesFormat } from '../common/use-incentives-format.hook';
import { portalPaths } from './portal-paths';

type PortalScheme = RouterOutputs['incentives']['portalScheme'];

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      <Stack gap="xs">{children}</Stack>
    </Paper>
  );
}

/** Apply (signing in first when anonymous) and check one's eligibility. */
function SchemeActions({ scheme }: { scheme: PortalScheme }) {
  const { t } = useTranslation('incentives');
  const tenant = useTenant();
  const me = useMe();
  const applyPath = portalPaths.apply(tenant.slug, scheme.slug);
  return (
    <Stack gap="xs">
      <Group gap="sm" wrap="wrap">
        {scheme.open ? (
          <Button component={Link} to={me.data ? applyPath : portalPaths.login(tenant.slug, applyPath)} size="md">
            {t('portal.scheme.apply')}
          </Button>
        ) : null}
        <Button component={Link} to={portalPaths.simulator(tenant.slug)} variant="default" size="md">
          {t('portal.scheme.checkEligibility')}
        </Button>
      </Group>
      {scheme.open && !me.isPending && !me.data ? (
        <Text size="sm">
          {t('portal.scheme.accountNeeded')}{' '}
          <Anchor component={Link} to={portalPaths.signup(tenant.slug)}>
            {t('portal.scheme.createAccount')}
          </Anchor>
        </Text>
      ) : null}
      {!scheme.open ? <Text fw={600}>{t('portal.scheme.closed')}</Text> : null}
    </Stack>
  );
}

function SchemeDetail({ scheme }: { scheme: PortalScheme }) {
  const { t, i18n } = useTranslation('incentives');
  const format = useIncentivesFormat();
  const tenant = useTenant();
  const names: ReferenceNames = { ...scheme.places, schemes: Object.fromEntries(scheme.relatedSchemes.map((related) => [related.reference, format.text(related.name)])) };
  const related = new Map(scheme.relatedSchemes.map((entry) => [entry.reference, entry]));
  const place = scheme.commitment?.area ? areaLabel(scheme.commitment.area, t, i18n.resolvedLanguage ?? 'fr', names) : undefined;
  const description = format.text(scheme.description);
  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap={6} wrap="wrap">
          <SchemeKindBadge kind={scheme.kind} />
          <OpenBadge open={scheme.open} />
        </Group>
        <Anchor component={Link} to={portalPaths.schemes(tenant.slug)}>
          {t('portal.scheme.backToList')}
        </Anchor>
      </Group>
      <SchemeActions scheme={scheme} />
      {description ? (
        <Section id="description-title" title={t('portal.scheme.description')}>
          <Text style={{ whiteSpace: 'pre-line' }}>{description}</Text>
          {scheme.nationalBase ? <Text size="sm">{t('portal.scheme.nationalBase', { scheme: t(`nationalSchemes.${scheme.nationalBase}`) })}</Text> : null}
        </Section>
      ) : null}
      <Section id="audience-title" title={t('portal.scheme.whoFor')}>
        <AudienceBadges audiences={scheme.audiences} />
        <RuleSummary rule={scheme.eligibility} names={names} label={t('portal.scheme.conditionsLabel')} />
        {scheme.incompatibleWith.length > 0 ? (
          <Text>
            {t('portal.scheme.incompatible')}{' '}
            {scheme.incompatibleWith.map((reference, index) => {
              const other = related.get(reference);
              return (
                <span key={reference}>
                  {index > 0 ? ', ' : ''}
                  {other ? (
                    <Anchor component={Link} to={portalPaths.scheme(tenant.slug, other.slug)}>
                      {format.text(other.name)}
                    </Anchor>
                  ) : (
                    schemeReferenceLabel(reference, t, names)
                  )}
                </span>
              );
            })}
          </Text>
        ) : null}
      </Section>
      <Section id="amount-title" title={t('portal.scheme.amount')}>
        <Text>{format.amountSummary(scheme.amount)}</Text>
        <Text size="sm">{t(`portal.scheme.selection.${scheme.selection}`)}</Text>
      </Section>
      <Section id="commitment-title" title={t('portal.scheme.commitment')}>
        <Text>{format.commitmentSummary(scheme.commitment, place)}</Text>
        {scheme.commitment ? <Text>{format.repaymentSummary(scheme.commitment.repayment)}</Text> : null}
      </Section>
      <Section id="calendar-title" title={t('portal.scheme.calendar')}>
        <Text>{format.calendarSummary(scheme.calendar)}</Text>
        <Text fw={600}>{format.openState(scheme.open, scheme.nextDeadline)}</Text>
      </Section>
      <Section id="documents-title" title={t('portal.scheme.documents')}>
        {scheme.requiredDocuments.length === 0 ? (
          <Text>{t('portal.scheme.noDocuments')}</Text>
        ) : (
          <List spacing="xs">
            {scheme.requiredDocuments.map((document) => (
              <List.Item key={document.key}>
                <Text component="span" fw={600}>
                  {format.text(document.label)}
                </Text>{' '}
                <Text component="span" size="sm">
                  {t('portal.scheme.documentRule', {
                    formats: document.formats.map((entry) => t(`documentFormats.${entry}`)).join(', '),
                    megabytes: document.maxMegabytes,
                  })}
                  {document.optional ? ` ${t('portal.scheme.optional')}` : ''}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      {scheme.funders.length > 0 || scheme.instructingPartner ? (
        <Section id="funders-title" title={t('portal.scheme.funders')}>
          {scheme.funders.length > 0 ? <Text>{t('portal.scheme.fundedBy', { funders: scheme.funders.join(', ') })}</Text> : null}
          {scheme.instructingPartner ? <Text>{t('portal.scheme.instructedBy', { partner: scheme.instructingPartner })}</Text> : null}
        </Section>
      ) : null}
      <SchemeActions scheme={scheme} />
    </Stack>
  );
}

/** /t/:tenant/incentives/schemes/:slug — a published scheme for the public, in plain words. */
export function PortalSchemePage() {
  const { t } = useTranslation('incentives');
  const { slug = '' } = useParams();
  const trpc = useTRPC();
  const format = useIncentivesFormat();
  const scheme = useQuery(trpc.incentives.portalScheme.queryOptions({ slug }));
  return (
    <>
      <PageHeader title={scheme.data ? format.text(scheme.data.name) : t('portal.catalogue.title')} description={scheme.data ? format.text(scheme.data.summary) : undefined} />
      <QueryState query={scheme}>{(data) => <SchemeDetail scheme={data} />}</QueryState>
    </>
  );
}
