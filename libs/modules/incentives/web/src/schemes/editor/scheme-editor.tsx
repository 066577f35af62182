import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Button, Grid, Group, List, Paper, Stack, Tabs, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { schemeContentInput, type Rule, type SchemeContent } from '@ancrage/incentives-domain';
import { apiErrorCode, apiErrorMessage, ConfirmButton, FormAlert, PageHeader, useCan, useFieldErrors, useLocale, useNotify, useTRPC, type RouterOutputs } from '@ancrage/ui';
import { UnpublishedChangesBadge } from '../../admin-common/badges';
import { SchemeStatusBadge } from '../../common/scheme-badges';
import { ConflictAlert } from '../../admin-common/conflict-alert';
import { FormSection } from '../../admin-common/form-section';
import { inLocale } from '../../admin-common/localised';
import { ModuleNav } from '../../admin-common/module-nav';
import { permissions } from '../../admin-common/paths';
import type { LocalSchemeChoice, TerritoryChoices } from '../../admin-common/territory-choices';
import type { ReferenceNames } from '../../common/condition-params';
import { RuleBuilder } from '../rule-builder/rule-builder';
import { asRootGroup, pathKey, type RulePath } from '../rule-builder/rule-tree';
import { TestCasesSection } from '../test-cases/test-cases-section';
import { AmountSection } from './amount-section';
import { CalendarSection } from './calendar-section';
import { CommitmentSection } from './commitment-section';
import { DocumentsSection } from './documents-section';
import { ErrorSummary } from './error-summary';
import { GeneralSection } from './general-section';
import { LimitsSection } from './limits-section';
import { liveCheck } from './live-check';
import { ProblemsList } from './problems-list';
import { publishBlockers } from './publication-readiness';
import { sameContent } from './same-content';
import { TextsSection } from './texts-section';
import { useLiveGeo } from './use-live-geo.hook';
import { ReadOnlyUnless } from './read-only';
import { VersionHistory } from './version-history';

export type SchemeView = RouterOutputs['incentives']['scheme'];

interface SchemeEditorProps {
  scheme: SchemeView;
  territory: TerritoryChoices;
  /** Every scheme of the tenant, this one included (references to it are refused). */
  allSchemes: readonly LocalSchemeChoice[];
  /** Loads the scheme again (after a conflict) and restarts the editor on it. */
  onReload: () => void;
}

/** The content as the editor holds it: a group at the top of the rule. */
const editable = (content: SchemeContent): SchemeContent => ({ ...content, eligibility: asRootGroup(content.eligibility) });

/**
 * A scheme's whole configuration, edited without code: every change is
 * checked live in the browser (rule problems, test cases), saved as a draft
 * with the version it was loaded at, then published as a frozen version.
 */
export function SchemeEditor({ scheme, territory, allSchemes, onReload }: SchemeEditorProps) {
  const { t } = useTranslation('incentives');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const locale = useLocale();
  const errors = useFieldErrors();
  const canManage = useCan(permissions.manageSchemes);
  const blockersId = useId();
  const readinessId = useId();
  const initial = useMemo(() => editable(scheme.draft), [scheme.draft]);
  const [content, setContent] = useState<SchemeContent>(initial);
  const [saved, setSaved] = useState<SchemeContent>(initial);
  const [rowVersion, setRowVersion] = useState(scheme.rowVersion);
  const [conflict, setConflict] = useState<string | null>(null);
  const [publishError, setPublishError] = useState<string | null>(null);
  const submitted = useRef<SchemeContent | null>(null);
  const dirty = !sameContent(content, saved);

  // Leaving with unsaved changes asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const localSchemes = useMemo(() => allSchemes.filter((choice) => choice.id !== scheme.id), [allSchemes, scheme.id]);
  const knownIds = useMemo(() => new Set(allSchemes.map((choice) => choice.id)), [allSchemes]);
  const live = useLiveGeo(content, { content: initial, geo: scheme.geo });
  const check = useMemo(() => liveCheck(content, live.geo, knownIds, scheme.id), [content, live.geo, knownIds, scheme.id]);
  const blockers = publishBlockers(check, dirty);
  const names = useMemo<ReferenceNames>(
    () => ({
      communes: Object.fromEntries(territory.communes.map((commune) => [commune.code, commune.name])),
      epcis: Object.fromEntries(territory.epcis.map((epci) => [epci.code, epci.name])),
      perimeters: Object.fromEntries(territory.perimeters.map((perimeter) => [perimeter.id, perimeter.name])),
      schemes: Object.fromEntries(allSchemes.map((choice) => [`local:${choice.id}`, inLocale(choice.name, locale)])),
    }),
    [territory, allSchemes, locale],
  );

  const change = (patch: Partial<SchemeContent>) => setContent((current) => ({ ...current, ...patch }));
  const section = { content, change, errorOf: errors.errorOf };
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.incentives.schemes.queryKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.incentives.scheme.queryKey({ id: scheme.id }) });
  };
  const refused = (error: unknown, show: (message: string) => void) => {
    if (apiErrorCode(error) === 'CONFLICT') setConflict(apiErrorMessage(error, t('admin.conflict.scheme')));
    else show(apiErrorMessage(error, t('admin.editor.failed')));
  };

  const save = useMutation(
    trpc.incentives.saveSchemeDraft.mutationOptions({
      onSuccess: async (result, input) => {
        const stored = editable(input.content as SchemeContent);
        setRowVersion(result.rowVersion);
        setSaved(stored);
        // What was saved is the checked content (trimmed texts…): show it, unless the admin typed on meanwhile.
        setContent((current) => (current === submitted.current ? stored : current));
        notify.success(t('admin.editor.saved'));
        await refresh();
      },
      onError: (error) => refused(error, () => errors.showApiError(error)),
    }),
  );
  const publish = useMutation(
    trpc.incentives.publishScheme.mutationOptions({
      onSuccess: async (result) => {
        setRowVersion(result.rowVersion);
        setPublishError(null);
        notify.success(t('admin.editor.published', { version: result.version }));
        await refresh();
      },
      onError: (error) => refused(error, setPublishError),
    }),
  );
  const archive = useMutation(
    trpc.incentives.archiveScheme.mutationOptions({
      onSuccess: async (result) => {
        setRowVersion(result.rowVersion);
        notify.success(t('admin.editor.archived'));
        await refresh();
      },
      onError: (error) => refused(error, setPublishError),
    }),
  );

  const submit = () => {
    setPublishError(null);
    submitted.current = content;
    const parsed = errors.validate(schemeContentInput, content);
    if (parsed) save.mutate({ id: scheme.id, rowVersion, content: parsed });
  };

  const ruleProblemsAt = (path: RulePath) => {
    const key = pathKey(['eligibility', ...path]);
    return check.problems.filter((problem) => pathKey(problem.path) === key).map((problem) => t(problem.key, problem.params ?? {}));
  };
  const ruleProblems = check.problems.filter((problem) => problem.path[0] === 'eligibility');
  const failing = check.results.filter((result) => !result.passed).length;

  return (
    <>
      <PageHeader
        title={inLocale(content.name, locale) || scheme.slug}
        description={
          <Group gap="xs" component="span">
            <span>{t('admin.editor.slug', { slug: scheme.slug })}</span>
            <SchemeStatusBadge status={scheme.status} />
            {scheme.publishedVersion !== null ? <span>{t('admin.editor.publishedVersion', { version: scheme.publishedVersion })}</span> : null}
            {scheme.hasUnpublishedChanges && scheme.status === 'published' ? <UnpublishedChangesBadge /> : null}
          </Group>
        }
        actions={
          canManage ? (
            <>
              <Button onClick={submit} loading={save.isPending} disabled={conflict !== null}>
                {dirty ? t('admin.editor.save') : t('admin.editor.saveAgain')}
              </Button>
              <Button variant="outline" onClick={() => publish.mutate({ id: scheme.id, rowVersion })} loading={publish.isPending} disabled={blockers.length > 0 || conflict !== null} aria-describedby={blockers.length > 0 ? blockersId : undefined}>
                {t('admin.editor.publish')}
              </Button>
              {scheme.status !== 'archived' ? (
                <ConfirmButton title={t('admin.editor.archiveTitle')} message={t('admin.editor.archiveMessage')} confirmLabel={t('admin.editor.archive')} onConfirm={() => archive.mutateAsync({ id: scheme.id, rowVersion }).catch(() => undefined)} disabled={conflict !== null}>
                  {t('admin.editor.archive')}
                </ConfirmButton>
              ) : null}
            </>
          ) : null
        }
      />
      <ModuleNav />
      <Stack gap="md">
        {conflict ? <ConflictAlert message={conflict} onReload={onReload} /> : null}
        <FormAlert message={errors.formError} />
        <ErrorSummary errors={errors.errors} />
        <FormAlert message={publishError} />
        {canManage ? (
          <Paper withBorder p="sm" component="section" aria-labelledby={readinessId} style={{ borderColor: `var(--mantine-color-${blockers.length > 0 ? 'orange' : 'teal'}-9)` }}>
            <Text id={readinessId} fw={700} mb={4}>
              <span aria-hidden="true">{blockers.length > 0 ? '⚠ ' : '✓ '}</span>
              {blockers.length > 0 ? t('admin.editor.notReady') : t('admin.editor.ready')}
            </Text>
            {blockers.length > 0 ? (
              <List id={blockersId} spacing={2}>
                {blockers.map((blocker) => (
                  <List.Item key={blocker.key}>{t(`admin.editor.blockers.${blocker.key}`, 'count' in blocker ? { count: blocker.count } : {})}</List.Item>
                ))}
              </List>
            ) : (
              <Text>{t('admin.editor.readyText')}</Text>
            )}
          </Paper>
        ) : null}
        {dirty ? (
          <Text role="status" fw={600}>
            {t('admin.editor.unsaved')}
          </Text>
        ) : null}
        <Tabs defaultValue="presentation">
          <Tabs.List aria-label={t('admin.editor.sections')}>
            <Tabs.Tab value="presentation">{t('admin.editor.tabs.presentation')}</Tabs.Tab>
            <Tabs.Tab value="money">{t('admin.editor.tabs.money')}</Tabs.Tab>
            <Tabs.Tab value="eligibility">{ruleProblems.length > 0 ? t('admin.editor.tabs.eligibilityProblems', { count: ruleProblems.length }) : t('admin.editor.tabs.eligibility')}</Tabs.Tab>
            <Tabs.Tab value="tests">{failing > 0 ? t('admin.editor.tabs.testsFailing', { count: failing }) : t('admin.editor.tabs.tests')}</Tabs.Tab>
            <Tabs.Tab value="process">{t('admin.editor.tabs.process')}</Tabs.Tab>
            <Tabs.Tab value="versions">{t('admin.editor.tabs.versions')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="presentation" pt="md">
            <Stack gap="md">
              <TextsSection {...section} editable={canManage} />
              <ReadOnlyUnless allowed={canManage}>
                <GeneralSection {...section} />
              </ReadOnlyUnless>
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="money" pt="md">
            <ReadOnlyUnless allowed={canManage}>
              <Stack gap="md">
                <AmountSection {...section} />
                <CommitmentSection {...section} territory={territory} />
                <LimitsSection {...section} localSchemes={localSchemes} />
              </Stack>
            </ReadOnlyUnless>
          </Tabs.Panel>
          <Tabs.Panel value="eligibility" pt="md">
            <ReadOnlyUnless allowed={canManage}>
              <Grid gap="md">
                <Grid.Col span={{ base: 12, lg: 8 }}>
                  <FormSection title={t('admin.rule.title')}>
                    <Stack gap="sm">
                      <Text>{t('admin.rule.intro')}</Text>
                      <RuleBuilder
                        rule={content.eligibility}
                        onChange={(eligibility: Rule) => change({ eligibility })}
                        errorOf={(path) => errors.errorOf(path ? `eligibility.${path}` : 'eligibility')}
                        problemsAt={ruleProblemsAt}
                        territory={territory}
                        localSchemes={localSchemes}
                      />
                    </Stack>
                  </FormSection>
                </Grid.Col>
                <Grid.Col span={{ base: 12, lg: 4 }}>
                  <FormSection title={t('admin.problems.title')}>
                    <Stack gap="sm">
                      {live.resolving ? <Text size="sm">{t('admin.problems.resolving')}</Text> : null}
                    {live.error ? <Text c="red.9">{t('admin.problems.geoFailed', { message: apiErrorMessage(live.error, t('admin.editor.failed')) })}</Text> : null}
                      {check.failed ? <Text c="red.9">{t('admin.problems.unchecked')}</Text> : null}
                      <ProblemsList problems={check.problems} rule={content.eligibility} title={t('admin.problems.listTitle', { count: check.problems.length })} />
                    </Stack>
                  </FormSection>
                </Grid.Col>
              </Grid>
            </ReadOnlyUnless>
          </Tabs.Panel>
          <Tabs.Panel value="tests" pt="md">
            <ReadOnlyUnless allowed={canManage}>
              <TestCasesSection {...section} results={check.results} names={names} territory={territory} localSchemes={localSchemes} />
            </ReadOnlyUnless>
          </Tabs.Panel>
          <Tabs.Panel value="process" pt="md">
            <ReadOnlyUnless allowed={canManage}>
              <Stack gap="md">
                <CalendarSection {...section} />
                <DocumentsSection {...section} />
              </Stack>
            </ReadOnlyUnless>
          </Tabs.Panel>
          <Tabs.Panel value="versions" pt="md">
            <VersionHistory versions={scheme.versions} publishedVersion={scheme.publishedVersion} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </>
  );
}
