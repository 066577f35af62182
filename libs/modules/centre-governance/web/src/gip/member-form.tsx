import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CONTRIBUTION_KINDS, CONTRIBUTION_MODES, MEMBER_KINDS, memberInput, sectorsAllowed, type MemberKind, type MemberSector } from '@ancrage/centre-governance-domain';
import { FormAlert, MoneyInput, useFieldErrors, useNotify, useTRPC } from '@ancrage/ui';
import { FormSection } from '../common/form-section';

/** Adds a member with its status, votes in the general assembly and contribution rule, as the convention states them. */
export function MemberForm({ gipId }: { gipId: string }) {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const errors = useFieldErrors();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<MemberKind>('commune');
  const [sector, setSector] = useState<MemberSector>('public');
  const [observer, setObserver] = useState(false);
  const [votingRights, setVotingRights] = useState<number>(1);
  const [mode, setMode] = useState<(typeof CONTRIBUTION_MODES)[number]>('none');
  const [sharePercent, setSharePercent] = useState<number>(0);
  const [fixedCents, setFixedCents] = useState<number | null>(null);
  const [contributionKind, setContributionKind] = useState<(typeof CONTRIBUTION_KINDS)[number]>('cash');
  const [contactEmail, setContactEmail] = useState('');
  const create = useMutation(
    trpc['centre-governance'].createMember.mutationOptions({
      onSuccess: async () => {
        setName('');
        setContactEmail('');
        errors.clear();
        notify.success(t('gip.memberSaved'));
        await queryClient.invalidateQueries({ queryKey: trpc['centre-governance'].gip.queryKey() });
      },
      onError: (error) => errors.showApiError(error),
    }),
  );
  const changeKind = (next: MemberKind) => {
    setKind(next);
    if (!sectorsAllowed(next).includes(sector)) setSector(sectorsAllowed(next)[0] as MemberSector);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(memberInput, {
      gipId,
      name,
      kind,
      sector,
      observer,
      votingRights: observer ? 0 : votingRights,
      contributionMode: mode,
      contributionShareBp: Math.round(sharePercent * 100),
      contributionFixedCents: fixedCents ?? 0,
      contributionKind,
      contactEmail,
    });
    if (input) create.mutate(input);
  };
  return (
    <FormSection title={t('gip.addMember')}>
      <FormAlert message={errors.formError} />
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('gip.columns.name')} value={name} onChange={(event) => setName(event.currentTarget.value)} error={errors.errorOf('name')} required />
            <NativeSelect label={t('gip.columns.kind')} value={kind} onChange={(event) => changeKind(event.currentTarget.value as MemberKind)} data={MEMBER_KINDS.map((value) => ({ value, label: t(`memberKinds.${value}`) }))} />
            <NativeSelect label={t('gip.columns.sector')} value={sector} onChange={(event) => setSector(event.currentTarget.value as MemberSector)} data={sectorsAllowed(kind).map((value) => ({ value, label: t(`sectors.${value}`) }))} error={errors.errorOf('sector')} />
            <NumberInput label={t('gip.columns.votingRights')} value={observer ? 0 : votingRights} onChange={(value) => setVotingRights(typeof value === 'number' ? value : 0)} min={0} allowDecimal={false} disabled={observer} error={errors.errorOf('votingRights')} />
            <NativeSelect label={t('gip.contributionMode')} value={mode} onChange={(event) => setMode(event.currentTarget.value as typeof mode)} data={CONTRIBUTION_MODES.map((value) => ({ value, label: t(`contributionModes.${value}`) }))} disabled={observer} />
            {mode === 'share' ? (
              <NumberInput label={t('gip.sharePercent')} value={sharePercent} onChange={(value) => setSharePercent(typeof value === 'number' ? value : 0)} min={0} max={100} decimalScale={2} decimalSeparator="," suffix=" %" error={errors.errorOf('contributionShareBp')} />
            ) : null}
            {mode === 'fixed' ? <MoneyInput label={t('gip.fixedAmount')} value={fixedCents} onChange={setFixedCents} error={errors.errorOf('contributionFixedCents')} /> : null}
            {mode !== 'none' ? (
              <NativeSelect label={t('gip.columns.contributionKind')} value={contributionKind} onChange={(event) => setContributionKind(event.currentTarget.value as typeof contributionKind)} data={CONTRIBUTION_KINDS.map((value) => ({ value, label: t(`contributionKinds.${value}`) }))} />
            ) : null}
            <TextInput type="email" label={t('gip.columns.contactEmail')} description={t('gip.contactEmailHelp')} value={contactEmail} onChange={(event) => setContactEmail(event.currentTarget.value)} error={errors.errorOf('contactEmail')} />
          </SimpleGrid>
          <Checkbox label={t('gip.observerLabel')} checked={observer} onChange={(event) => setObserver(event.currentTarget.checked)} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('gip.saveMember')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormSection>
  );
}
