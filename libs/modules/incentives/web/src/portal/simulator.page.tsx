import './print.css';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { profileInput } from '@ancrage/incentives-domain';
import { FormAlert, PageHeader, QueryState, useFieldErrors, useTRPC } from '@ancrage/ui';
import { ProfileFields } from '../common/profile-fields';
import { profileForm, profileFromDraft, type ProfileDraft } from '../common/profile-draft';
import { useIncentivesFormat } from '../common/use-incentives-format.hook';
import { draftFromQuery, queryFromDraft } from './profile-query';
import { SimulationResults } from './simulation-results';
import { SituationSummary } from './situation-summary';
import { usePortalCommunes } from './use-portal-communes.hook';

/**
 * /t/:tenant/incentives/simulator — a visitor describes their situation (no
 * account) and sees the schemes they qualify for, and why not the others. The
 * situation lives in the address: the link restores it, and can be shared.
 */
export function SimulatorPage() {
  const { t } = useTranslation('incentives');
  const trpc = useTRPC();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const errors = useFieldErrors();
  const format = useIncentivesFormat();
  const clipboard = useClipboard({ timeout: 3000 });
  const query = params.toString();

  // The form follows the address (a shared link, the browser's back button).
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFromQuery(params));
  const [shownQuery, setShownQuery] = useState(query);
  if (shownQuery !== query) {
    setShownQuery(query);
    setDraft(draftFromQuery(params));
  }

  const submitted = useMemo(() => draftFromQuery(new URLSearchParams(query)), [query]);
  const profile = useMemo(() => {
    const parsed = profileInput.safeParse(profileFromDraft(submitted));
    return parsed.success ? parsed.data : null;
  }, [submitted]);
  const simulation = useQuery(trpc.incentives.simulate.queryOptions(profile ? { profile } : skipToken));
  const communes = usePortalCommunes(draft.practiceCommune);
  // Local schemes one may already receive: those of the catalogue.
  const catalogue = useQuery(trpc.incentives.portalSchemes.queryOptions());
  const localSchemes = (catalogue.data ?? []).map((scheme) => ({ reference: scheme.reference, name: format.text(scheme.name) }));
  const communeName = communes.communes.find((commune) => commune.code === submitted.practiceCommune)?.name;

  // After "Show my aids", the results are read next (keyboard and screen reader users land on them).
  const resultsTitle = useRef<HTMLHeadingElement>(null);
  const focusResults = useRef(false);
  useEffect(() => {
    if (!focusResults.current || !simulation.data) return;
    focusResults.current = false;
    resultsTitle.current?.focus();
  }, [simulation.data]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!errors.validate(profileForm, profileFromDraft(draft))) return;
    const next = queryFromDraft(draft);
    // The same situation again: its results are already shown.
    if (next.toString() === query) return resultsTitle.current?.focus();
    focusResults.current = true;
    setParams(next);
  };

  const link = `${window.location.origin}${location.pathname}${location.search}`;

  return (
    <>
      <PageHeader title={t('portal.simulator.title')} description={t('portal.simulator.intro')} />
      <Stack gap="xl">
        <Paper withBorder radius="md" p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="situation-title" data-incentives-no-print>
          <Title order={2} size="h3" id="situation-title" mb="xs">
            {t('portal.simulator.situationTitle')}
          </Title>
          <Text size="sm" mb="md">
            {t('portal.simulator.requiredHint')}
          </Text>
          <form onSubmit={submit} noValidate aria-labelledby="situation-title">
            <Stack gap="md">
              <FormAlert message={errors.formError} />
              <ProfileFields
                value={draft}
                onChange={setDraft}
                errorOf={errors.errorOf}
                communes={communes.communes}
                onCommuneSearch={communes.onSearch}
                communesLoading={communes.loading}
                localSchemes={localSchemes}
                idPrefix="simulator"
              />
              <Group>
                <Button type="submit">{t('portal.simulator.submit')}</Button>
              </Group>
            </Stack>
          </form>
        </Paper>

        {profile ? (
          <section aria-labelledby="results-title" data-incentives-print>
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm" mb="md">
              <Title order={2} size="h3" id="results-title" ref={resultsTitle} tabIndex={-1}>
                {t('portal.simulator.resultsTitle')}
              </Title>
              <Group gap="sm" data-incentives-no-print>
                <Button variant="default" onClick={() => clipboard.copy(link)}>
                  {t('portal.simulator.copyLink')}
                </Button>
                <Button variant="default" onClick={() => window.print()}>
                  {t('portal.simulator.print')}
                </Button>
              </Group>
            </Group>
            <Text role="status" size="sm" mb={clipboard.copied || clipboard.error ? 'sm' : 0} data-incentives-no-print>
              {clipboard.copied ? t('portal.simulator.linkCopied') : clipboard.error ? t('portal.simulator.linkNotCopied', { link }) : ''}
            </Text>
            <Stack gap="lg">
              <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} bg="gray.0">
                <Title order={3} size="h5" mb="xs">
                  {t('portal.simulator.yourSituation')}
                </Title>
                <SituationSummary draft={submitted} communeName={communeName} names={{ schemes: Object.fromEntries(localSchemes.map((scheme) => [scheme.reference, scheme.name])) }} />
              </Paper>
              <Alert variant="outline" color="indigo.9">
                <Text size="sm">{t('portal.simulator.disclaimer')}</Text>
              </Alert>
              <QueryState query={simulation} loadingLabel={t('portal.simulator.loading')}>
                {(data) => <SimulationResults results={data.results} places={data.places} status={profile.status} query={query} />}
              </QueryState>
            </Stack>
          </section>
        ) : null}
      </Stack>
    </>
  );
}
