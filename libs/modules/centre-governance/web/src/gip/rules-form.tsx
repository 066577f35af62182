import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DECISION_KINDS, MAJORITY_KINDS, QUORUM_BASES, QUORUM_COMPARISONS, VOTE_BASES, bodyRulesSchema, majorityFor, type BodyRules, type MajorityRule } from '@ancrage/centre-governance-domain';
import { FormAlert, useFieldErrors, useNotify, useTRPC } from '@ancrage/ui';

/** Edits a body's rules as its convention states them: quorum, proxies, casting vote, majority per kind of decision. */
export function RulesForm({ bodyId, bodyName, rules: initial }: { bodyId: string; bodyName: string; rules: BodyRules }) {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const errors = useFieldErrors();
  const [rules, setRules] = useState<BodyRules>(() => ({ ...initial, majorities: Object.fromEntries(DECISION_KINDS.map((kind) => [kind, majorityFor(initial, kind)])) }));
  const save = useMutation(
    trpc['centre-governance'].updateBodyRules.mutationOptions({
      onSuccess: async () => {
        errors.clear();
        notify.success(t('gip.rules.saved'));
        await queryClient.invalidateQueries({ queryKey: trpc['centre-governance'].gip.queryKey() });
      },
      onError: (error) => errors.showApiError(error),
    }),
  );
  const quorum = (change: Partial<BodyRules['quorum']>) => setRules((current) => ({ ...current, quorum: { ...current.quorum, ...change } }));
  const majority = (kind: (typeof DECISION_KINDS)[number], change: Partial<MajorityRule>) =>
    setRules((current) => ({ ...current, majorities: { ...current.majorities, [kind]: { ...majorityFor(current, kind), ...change } } }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = errors.validate(bodyRulesSchema, rules);
    if (parsed) save.mutate({ id: bodyId, rules: parsed });
  };
  const count = (label: string, value: number, onChange: (value: number) => void, error?: string) => (
    <NumberInput label={label} value={value} onChange={(next) => onChange(typeof next === 'number' ? next : 0)} min={0} max={100} allowDecimal={false} error={error} />
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t('gip.rules.formOf', { body: bodyName })}>
      <Stack gap="sm">
        <FormAlert message={errors.formError} />
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <NativeSelect label={t('gip.rules.quorumBasis')} value={rules.quorum.basis} onChange={(event) => quorum({ basis: event.currentTarget.value as BodyRules['quorum']['basis'] })} data={QUORUM_BASES.map((value) => ({ value, label: t(`quorumUnits.${value}`) }))} />
          <NativeSelect label={t('gip.rules.quorumComparison')} value={rules.quorum.comparison} onChange={(event) => quorum({ comparison: event.currentTarget.value as BodyRules['quorum']['comparison'] })} data={QUORUM_COMPARISONS.map((value) => ({ value, label: t(`gip.rules.comparisons.${value}`) }))} />
          {count(t('gip.rules.numerator'), rules.quorum.numerator, (numerator) => quorum({ numerator }), errors.errorOf('quorum.numerator'))}
          {count(t('gip.rules.denominator'), rules.quorum.denominator, (denominator) => quorum({ denominator }))}
        </SimpleGrid>
        <Group gap="lg" wrap="wrap">
          <Checkbox label={t('gip.rules.proxiesCountLabel')} checked={rules.quorum.proxiesCount} onChange={(event) => quorum({ proxiesCount: event.currentTarget.checked })} />
          <Checkbox label={t('gip.rules.secondCallLabel')} checked={rules.quorum.secondCallWithoutQuorum} onChange={(event) => quorum({ secondCallWithoutQuorum: event.currentTarget.checked })} />
          <Checkbox label={t('gip.rules.castingVoteLabel')} checked={rules.chairCastingVote} onChange={(event) => {
              const chairCastingVote = event.currentTarget.checked;
              setRules((current) => ({ ...current, chairCastingVote }));
            }} />
        </Group>
        <NumberInput
          label={t('gip.rules.maxProxies')}
          description={t('gip.rules.maxProxiesHelp')}
          value={rules.maxProxiesPerHolder ?? ''}
          onChange={(value) => setRules((current) => ({ ...current, maxProxiesPerHolder: typeof value === 'number' ? value : null }))}
          min={0}
          max={50}
          allowDecimal={false}
          w={260}
        />
        <Title order={4} size="h6">
          {t('gip.rules.majorities')}
        </Title>
        {DECISION_KINDS.map((kind) => {
          const rule = majorityFor(rules, kind);
          const label = t(`decisionKinds.${kind}`);
          return (
            <SimpleGrid key={kind} cols={{ base: 1, sm: 4 }} spacing="xs">
              <NativeSelect label={t('gip.rules.majorityOf', { decision: label })} value={rule.kind} onChange={(event) => majority(kind, { kind: event.currentTarget.value as MajorityRule['kind'] })} data={MAJORITY_KINDS.map((value) => ({ value, label: t(`gip.rules.majorityKinds.${value}`) }))} />
              <NativeSelect label={t('gip.rules.baseOf', { decision: label })} value={rule.base} onChange={(event) => majority(kind, { base: event.currentTarget.value as MajorityRule['base'] })} data={VOTE_BASES.map((value) => ({ value, label: t(`voteBases.${value}`) }))} />
              {rule.kind === 'qualified' ? (
                <>
                  {count(t('gip.rules.numeratorOf', { decision: label }), rule.numerator, (numerator) => majority(kind, { numerator }), errors.errorOf(`majorities.${kind}.numerator`))}
                  {count(t('gip.rules.denominatorOf', { decision: label }), rule.denominator, (denominator) => majority(kind, { denominator }))}
                </>
              ) : null}
            </SimpleGrid>
          );
        })}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('gip.rules.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
