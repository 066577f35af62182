import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { BUDGET_SECTIONS, budgetLineInput, contributionsFromBudgetInput, fundCallInput, paymentInput } from '@ancrage/centre-governance-domain';
import { FormAlert, MoneyInput, useFieldErrors, useNotify, useTRPC } from '@ancrage/ui';
import { FormSection } from '../common/form-section';
import { useCgFormat } from '../common/use-cg-format.hook';
import type { Finances } from './finance-types';

function useFinanceMutationOptions(message: string, reset: () => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const errors = useFieldErrors();
  return {
    errors,
    options: {
      onSuccess: async () => {
        reset();
        errors.clear();
        notify.success(message);
        await queryClient.invalidateQueries({ queryKey: trpc['centre-governance'].finances.queryKey() });
      },
      onError: (error: unknown) => errors.showApiError(error),
    },
  };
}

export function BudgetSplitForm({ gipId, year }: { gipId: string; year: number }) {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const [budget, setBudget] = useState<number | null>(null);
  const { errors, options } = useFinanceMutationOptions(t('finance.contributionsSaved'), () => setBudget(null));
  const split = useMutation(trpc['centre-governance'].contributionsFromBudget.mutationOptions(options));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(contributionsFromBudgetInput, { gipId, year, budgetCents: budget ?? 0 });
    if (input) split.mutate(input);
  };
  return (
    <FormSection title={t('finance.splitTitle', { year })} level={3}>
      <FormAlert message={errors.formError} />
      <form onSubmit={submit} noValidate>
        <Group align="flex-end" gap="sm">
          <MoneyInput label={t('finance.budget')} description={t('finance.budgetHelp')} value={budget} onChange={setBudget} error={errors.errorOf('budgetCents')} required />
          <Button type="submit" variant="default" loading={split.isPending}>
            {t('finance.split')}
          </Button>
        </Group>
      </form>
    </FormSection>
  );
}

export function FundCallForm({ finances, gipId }: { finances: Finances; gipId: string }) {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const members = finances.members.filter((member) => !member.observer);
  const [memberId, setMemberId] = useState(members[0]?.id ?? '');
  const [label, setLabel] = useState('');
  const [amount, setAmount] = useState<number | null>(null);
  const [issuedOn, setIssuedOn] = useState('');
  const [dueOn, setDueOn] = useState('');
  const { errors, options } = useFinanceMutationOptions(t('finance.callSaved'), () => (setLabel(''), setAmount(null)));
  const issue = useMutation(trpc['centre-governance'].issueFundCall.mutationOptions(options));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(fundCallInput, { gipId, memberId, year: finances.year, label, amountCents: amount ?? 0, issuedOn, dueOn });
    if (input) issue.mutate(input);
  };
  return (
    <FormSection title={t('finance.issueCall')} level={3}>
      <FormAlert message={errors.formError} />
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect label={t('finance.columns.member')} value={memberId} onChange={(event) => setMemberId(event.currentTarget.value)} data={members.map((member) => ({ value: member.id, label: member.name }))} />
            <TextInput label={t('finance.columns.label')} value={label} onChange={(event) => setLabel(event.currentTarget.value)} error={errors.errorOf('label')} required />
            <MoneyInput label={t('finance.columns.amount')} value={amount} onChange={setAmount} error={errors.errorOf('amountCents')} required />
            <TextInput type="date" label={t('finance.columns.issuedOn')} value={issuedOn} onChange={(event) => setIssuedOn(event.currentTarget.value)} error={errors.errorOf('issuedOn')} required />
            <TextInput type="date" label={t('finance.columns.dueOn')} value={dueOn} onChange={(event) => setDueOn(event.currentTarget.value)} error={errors.errorOf('dueOn')} />
          </SimpleGrid>
          <Group>
            <Button type="submit" variant="default" loading={issue.isPending}>
              {t('finance.issue')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormSection>
  );
}

export function PaymentForm({ finances }: { finances: Finances }) {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const format = useCgFormat();
  const [callId, setCallId] = useState(finances.calls.find((call) => call.outstandingCents > 0)?.id ?? finances.calls[0]?.id ?? '');
  const [amount, setAmount] = useState<number | null>(null);
  const [receivedOn, setReceivedOn] = useState('');
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const [budgetLineId, setBudgetLineId] = useState('');
  const { errors, options } = useFinanceMutationOptions(t('finance.paymentSaved'), () => (setAmount(null), setReference(''), setNote('')));
  const record = useMutation(trpc['centre-governance'].recordPayment.mutationOptions(options));
  const call = finances.calls.find((candidate) => candidate.id === callId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(paymentInput, { callId, amountCents: amount ?? 0, receivedOn, reference, note, budgetLineId: budgetLineId || null });
    if (input) record.mutate(input);
  };
  return (
    <FormSection title={t('finance.recordPayment')} level={3}>
      <FormAlert message={errors.formError} />
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t('finance.call')}
              description={call ? t('finance.callLeft', { amount: format.cents(call.outstandingCents) }) : undefined}
              value={callId}
              onChange={(event) => setCallId(event.currentTarget.value)}
              data={finances.calls.map((candidate) => ({ value: candidate.id, label: `${candidate.memberName} — ${candidate.label}` }))}
            />
            <MoneyInput label={t('finance.columns.amount')} value={amount} onChange={setAmount} error={errors.errorOf('amountCents')} required />
            <TextInput type="date" label={t('finance.columns.receivedOn')} value={receivedOn} onChange={(event) => setReceivedOn(event.currentTarget.value)} error={errors.errorOf('receivedOn')} required />
            <TextInput label={t('finance.columns.reference')} value={reference} onChange={(event) => setReference(event.currentTarget.value)} />
            <NativeSelect label={t('finance.budgetLine')} value={budgetLineId} onChange={(event) => setBudgetLineId(event.currentTarget.value)} data={[{ value: '', label: t('finance.noBudgetLineChoice') }, ...finances.budgetLines.map((line) => ({ value: line.id, label: line.label }))]} />
            <TextInput label={t('finance.columns.note')} description={t('finance.noteHelp')} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={record.isPending} disabled={finances.calls.length === 0}>
              {t('finance.record')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormSection>
  );
}

export function BudgetLineForm({ finances }: { finances: Finances }) {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const [centreId, setCentreId] = useState(finances.centres[0]?.id ?? '');
  const [section, setSection] = useState<(typeof BUDGET_SECTIONS)[number]>('operating');
  const [chapter, setChapter] = useState('');
  const [article, setArticle] = useState('');
  const [label, setLabel] = useState('');
  const [voted, setVoted] = useState<number | null>(null);
  const { errors, options } = useFinanceMutationOptions(t('finance.budgetLineSaved'), () => (setLabel(''), setVoted(null)));
  const add = useMutation(trpc['centre-governance'].addBudgetLine.mutationOptions(options));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(budgetLineInput, { centreId, year: finances.year, section, chapter, article, label, votedCents: voted ?? 0 });
    if (input) add.mutate(input);
  };
  return (
    <FormSection title={t('finance.addBudgetLine')} level={3}>
      <FormAlert message={errors.formError} />
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect label={t('finance.centre')} value={centreId} onChange={(event) => setCentreId(event.currentTarget.value)} data={finances.centres.map((centre) => ({ value: centre.id, label: centre.name }))} />
            <NativeSelect label={t('finance.columns.section')} value={section} onChange={(event) => setSection(event.currentTarget.value as typeof section)} data={BUDGET_SECTIONS.map((value) => ({ value, label: t(`budgetSections.${value}`) }))} />
            <TextInput label={t('finance.columns.label')} value={label} onChange={(event) => setLabel(event.currentTarget.value)} error={errors.errorOf('label')} required />
            <TextInput label={t('finance.chapter')} value={chapter} onChange={(event) => setChapter(event.currentTarget.value)} />
            <TextInput label={t('finance.article')} value={article} onChange={(event) => setArticle(event.currentTarget.value)} />
            <MoneyInput label={t('finance.columns.voted')} value={voted} onChange={setVoted} error={errors.errorOf('votedCents')} required />
          </SimpleGrid>
          <Group>
            <Button type="submit" variant="default" loading={add.isPending} disabled={finances.centres.length === 0}>
              {t('finance.saveBudgetLine')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormSection>
  );
}
