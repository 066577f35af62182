import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Status } from '@ancrage/incentives-domain';
import { useTenant, type RouterOutputs } from '@ancrage/ui';
import { ExplanationView } from '../common/explanation-view';
import { EligibilityBadge, OpenBadge, SchemeKindBadge } from '../common/scheme-badges';
import { areaLabel, schemeReferenceLabel, type ReferenceNames } from '../common/condition-params';
import { useIncentivesFormat } from '../common/use-incentives-format.hook';
import { portalPaths } from './portal-paths';

export type SimulationResult = RouterOutputs['incentives']['simulate']['results'][number];

function ResultHeader({ result, headingId }: { result: SimulationResult; headingId: string }) {
  const format = useIncentivesFormat();
  const tenant = useTenant();
  return (
    <Stack gap={6}>
      <Group gap="xs" wrap="wrap">
        <EligibilityBadge eligible={result.verdict.eligible} />
        <SchemeKindBadge kind={result.kind} />
        <OpenBadge open={result.open} />
      </Group>
      <Title order={4} size="h4" id={headingId}>
        <Anchor component={Link} to={portalPaths.scheme(tenant.slug, result.slug)}>
          {format.text(result.name)}
        </Anchor>
      </Title>
    </Stack>
  );
}

/** A scheme the situation qualifies for: how much, paid how, and what the person would commit to. */
function EligibleResult({ result, query, names }: { result: SimulationResult; query: string; names: ReferenceNames }) {
  const { t, i18n } = useTranslation('incentives');
  const format = useIncentivesFormat();
  const tenant = useTenant();
  const headingId = `result-${result.slug}`;
  const { amount, commitment } = result.verdict;
  const place = commitment?.area ? areaLabel(commitment.area, t, i18n.resolvedLanguage ?? 'fr', names) : undefined;
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <ResultHeader result={result} headingId={headingId} />
        {amount ? (
          <div>
            <Text fw={700}>{t('portal.simulator.amount', { total: format.computedTotal(amount) })}</Text>
            <List size="sm" spacing={2}>
              {format.installmentLines(amount).map((line, index) => (
                <List.Item key={index}>{line}</List.Item>
              ))}
            </List>
          </div>
        ) : null}
        <div>
          <Text fw={700}>{t('portal.simulator.commitmentTitle')}</Text>
          <Text size="sm">{format.commitmentSummary(commitment, place)}</Text>
          {commitment ? <Text size="sm">{format.repaymentSummary(commitment.repayment)}</Text> : null}
        </div>
        <Group gap="sm" data-incentives-no-print>
          {result.open ? (
            <Button component={Link} to={portalPaths.apply(tenant.slug, result.slug, query)} aria-label={t('portal.simulator.applyTo', { scheme: format.text(result.name) })}>
              {t('portal.simulator.apply')}
            </Button>
          ) : (
            <Text size="sm">{t('portal.simulator.closedNow')}</Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/** A scheme the situation does not qualify for, and each reason why. */
function NotEligibleResult({ result, status, names }: { result: SimulationResult; status: Status; names: ReferenceNames }) {
  const { t } = useTranslation('incentives');
  const format = useIncentivesFormat();
  const headingId = `result-${result.slug}`;
  const { verdict } = result;
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <ResultHeader result={result} headingId={headingId} />
        <Text fw={700}>{t('portal.simulator.whyNot')}</Text>
        {!verdict.audienceMatches ? <Text size="sm">{t('portal.simulator.audienceMismatch', { status: t(`statuses.${status}`) })}</Text> : null}
        {verdict.incompatibleWith.length > 0 ? (
          <Text size="sm">{t('portal.simulator.incompatible', { schemes: verdict.incompatibleWith.map((reference) => schemeReferenceLabel(reference, t, names)).join(', ') })}</Text>
        ) : null}
        {!verdict.explanation.holds ? <ExplanationView explanation={verdict.explanation} names={names} label={t('portal.simulator.conditionsOf', { scheme: format.text(result.name) })} /> : null}
      </Stack>
    </Paper>
  );
}

/** The simulation's answer: the schemes the situation qualifies for first, then the others with their reasons. */
export function SimulationResults({ results, places, status, query }: { results: readonly SimulationResult[]; places: ReferenceNames; status: Status; query: string }) {
  const { t } = useTranslation('incentives');
  const format = useIncentivesFormat();
  const names: ReferenceNames = { ...places, schemes: Object.fromEntries(results.map((result) => [result.reference, format.text(result.name)])) };
  const eligible = results.filter((result) => result.verdict.eligible);
  const others = results.filter((result) => !result.verdict.eligible);
  return (
    <Stack gap="xl">
      <section aria-labelledby="eligible-title">
        <Title order={3} size="h3" id="eligible-title" mb="sm">
          {t('portal.simulator.eligibleTitle', { count: eligible.length })}
        </Title>
        {eligible.length === 0 ? (
          <Text>{t('portal.simulator.noneEligible')}</Text>
        ) : (
          <Stack gap="md">
            {eligible.map((result) => (
              <EligibleResult key={result.slug} result={result} query={query} names={names} />
            ))}
          </Stack>
        )}
      </section>
      {others.length > 0 ? (
        <section aria-labelledby="others-title">
          <Title order={3} size="h3" id="others-title" mb="sm">
            {t('portal.simulator.othersTitle', { count: others.length })}
          </Title>
          <Stack gap="md">
            {others.map((result) => (
              <NotEligibleResult key={result.slug} result={result} status={status} names={names} />
            ))}
          </Stack>
        </section>
      ) : null}
    </Stack>
  );
}
