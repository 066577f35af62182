import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PROFESSIONS, STAFF_STATUSES, parisDay, professionalInput, semesterOf, type Profession, type StaffStatus } from '@ancrage/centre-governance-domain';
import { FormAlert, useFieldErrors, useNotify, useTRPC } from '@ancrage/ui';
import { FormSection } from '../common/form-section';

/** Welcomes a professional; a docteur junior comes with the current semester and a maître de stage. */
export function ProfessionalForm({ centreId }: { centreId: string }) {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const errors = useFieldErrors();
  const semester = semesterOf(parisDay(new Date()));
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [profession, setProfession] = useState<Profession>('general-practitioner');
  const [status, setStatus] = useState<StaffStatus>('docteur-junior');
  const [email, setEmail] = useState('');
  const [semesterStart, setSemesterStart] = useState(semester.start);
  const [semesterEnd, setSemesterEnd] = useState(semester.end);
  const [supervisorName, setSupervisor] = useState('');
  const [faculty, setFaculty] = useState('');
  const create = useMutation(
    trpc['centre-governance'].createProfessional.mutationOptions({
      onSuccess: async () => {
        setFirstName('');
        setLastName('');
        setEmail('');
        errors.clear();
        notify.success(t('staff.saved'));
        await queryClient.invalidateQueries({ queryKey: trpc['centre-governance'].professionals.queryKey() });
      },
      onError: (error) => errors.showApiError(error),
    }),
  );
  const junior = status === 'docteur-junior';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(professionalInput, { centreId, firstName, lastName, profession, status, email, semesterStart: junior ? semesterStart : '', semesterEnd: junior ? semesterEnd : '', supervisorName: junior ? supervisorName : '', faculty: junior ? faculty : '' });
    if (input) create.mutate(input);
  };
  return (
    <FormSection title={t('staff.add')}>
      <FormAlert message={errors.formError} />
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('staff.firstName')} value={firstName} onChange={(event) => setFirstName(event.currentTarget.value)} error={errors.errorOf('firstName')} required />
            <TextInput label={t('staff.lastName')} value={lastName} onChange={(event) => setLastName(event.currentTarget.value)} error={errors.errorOf('lastName')} required />
            <NativeSelect label={t('staff.columns.profession')} value={profession} onChange={(event) => setProfession(event.currentTarget.value as Profession)} data={PROFESSIONS.map((value) => ({ value, label: t(`professions.${value}`) }))} />
            <NativeSelect label={t('staff.columns.status')} value={status} onChange={(event) => setStatus(event.currentTarget.value as StaffStatus)} data={STAFF_STATUSES.map((value) => ({ value, label: t(`staffStatuses.${value}`) }))} />
            <TextInput type="email" label={t('staff.columns.email')} value={email} onChange={(event) => setEmail(event.currentTarget.value)} error={errors.errorOf('email')} />
            {junior ? (
              <>
                <TextInput type="date" label={t('staff.semesterStart')} value={semesterStart} onChange={(event) => setSemesterStart(event.currentTarget.value)} error={errors.errorOf('semesterStart')} required />
                <TextInput type="date" label={t('staff.semesterEnd')} value={semesterEnd} onChange={(event) => setSemesterEnd(event.currentTarget.value)} error={errors.errorOf('semesterEnd')} required />
                <TextInput label={t('staff.columns.supervisor')} value={supervisorName} onChange={(event) => setSupervisor(event.currentTarget.value)} error={errors.errorOf('supervisorName')} required />
                <TextInput label={t('staff.faculty')} value={faculty} onChange={(event) => setFaculty(event.currentTarget.value)} />
              </>
            ) : null}
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('staff.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormSection>
  );
}
