import { useState, type FormEvent } from 'react';
import { Button, Checkbox, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { registrationDetailsSchema, registrationInput, type AnswerValue, type Audience } from '@ancrage/events-domain';
import { FormAlert, useFieldErrors, useTRPC, type RouterOutputs } from '@ancrage/ui';
import { AnswerField } from './answer-field';
import type { PublicEvent } from './event-facts';

export type RegistrationOutcome = RouterOutputs['events']['register'];

interface Values {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  audience: Audience | '';
  organisation: string;
  answers: Record<string, AnswerValue | undefined>;
  consent: boolean;
}

/** The portal's registration form: the person, the event's questions, consent; checked with the API's schemas. */
export function RegistrationForm({ event, onRegistered }: { event: PublicEvent; onRegistered: (outcome: RegistrationOutcome) => void }) {
  const { t } = useTranslation('events');
  const trpc = useTRPC();
  const errors = useFieldErrors();
  const [values, setValues] = useState<Values>({
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    audience: event.audiences.length === 1 ? (event.audiences[0] ?? '') : '',
    organisation: '',
    answers: {},
    consent: false,
  });
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((current) => ({ ...current, [key]: value }));
  const register = useMutation(trpc.events.register.mutationOptions({ onSuccess: onRegistered, onError: errors.showApiError }));

  const submit = (submitted: FormEvent) => {
    submitted.preventDefault();
    const answers = Object.fromEntries(Object.entries(values.answers).filter(([, answer]) => answer !== undefined)) as Record<string, AnswerValue>;
    const input = errors.validate(registrationInput, { ...values, audience: values.audience || undefined, answers, eventId: event.id });
    if (!input) return;
    // The event's own rules (its audiences, its questions), before sending.
    if (!errors.validate(registrationDetailsSchema(event), { audience: input.audience, answers })) return;
    register.mutate(input);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="registration-title">
      <Stack gap="md" maw={720}>
        <FormAlert message={errors.formError} />
        <Text size="sm">{t('registration.requiredHint')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('registration.firstName')} required autoComplete="given-name" value={values.firstName} onChange={(e) => set('firstName', e.currentTarget.value)} error={errors.errorOf('firstName')} />
          <TextInput label={t('registration.lastName')} required autoComplete="family-name" value={values.lastName} onChange={(e) => set('lastName', e.currentTarget.value)} error={errors.errorOf('lastName')} />
          <TextInput label={t('registration.email')} required type="email" autoComplete="email" value={values.email} onChange={(e) => set('email', e.currentTarget.value)} error={errors.errorOf('email')} />
          <TextInput label={t('registration.phone')} type="tel" autoComplete="tel" value={values.phone} onChange={(e) => set('phone', e.currentTarget.value)} error={errors.errorOf('phone')} />
          <NativeSelect
            label={t('registration.audience')}
            required
            value={values.audience}
            onChange={(e) => set('audience', e.currentTarget.value as Audience | '')}
            data={[{ value: '', label: t('registration.choose') }, ...event.audiences.map((audience) => ({ value: audience, label: t(`audiences.${audience}`) }))]}
            error={errors.errorOf('audience')}
          />
          <TextInput label={t('registration.organisation')} description={t('registration.organisationHelp')} value={values.organisation} onChange={(e) => set('organisation', e.currentTarget.value)} error={errors.errorOf('organisation')} />
        </SimpleGrid>
        {event.questions.map((question) => (
          <AnswerField
            key={question.id}
            question={question}
            value={values.answers[question.id]}
            error={errors.errorOf(`answers.${question.id}`)}
            onChange={(answer) => setValues((current) => ({ ...current, answers: { ...current.answers, [question.id]: answer } }))}
          />
        ))}
        <Checkbox
          label={t('registration.consent')}
          checked={values.consent}
          onChange={(e) => set('consent', e.currentTarget.checked)}
          error={errors.errorOf('consent')}
        />
        <div>
          <Button type="submit" loading={register.isPending}>
            {t('registration.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

