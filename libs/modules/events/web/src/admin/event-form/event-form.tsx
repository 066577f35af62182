import { useState, type FormEvent } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { eventInput, type EventValues } from '@ancrage/events-domain';
import { FormAlert, type FieldErrorsState } from '@ancrage/ui';
import { AgendaFields } from './agenda-fields';
import { CapacityFields } from './capacity-fields';
import { inputOfValues, type EventFormValues } from './event-form-values';
import { GeneralFields } from './general-fields';
import { PlaceFields } from './place-fields';
import { QuestionFields } from './question-fields';

interface EventFormProps {
  initial: EventFormValues;
  errors: FieldErrorsState;
  submitting: boolean;
  cancelHref: string;
  onSubmit: (input: EventValues) => void;
}

/** Every setting of an event, checked with the API's own schema before sending. */
export function EventForm({ initial, errors, submitting, cancelHref, onSubmit }: EventFormProps) {
  const { t } = useTranslation('events');
  const [values, setValues] = useState(initial);
  const change = (patch: Partial<EventFormValues>) => setValues((current) => ({ ...current, ...patch }));
  const section = { values, change, errorOf: errors.errorOf };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(eventInput, inputOfValues(values));
    if (input) onSubmit(input);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw={960}>
        <FormAlert message={errors.formError} />
        <GeneralFields {...section} />
        <PlaceFields {...section} />
        <AgendaFields {...section} />
        <CapacityFields {...section} />
        <QuestionFields {...section} />
        <Group gap="sm">
          <Button type="submit" loading={submitting}>
            {t('form.save')}
          </Button>
          <Button component={Link} to={cancelHref} variant="default">
            {t('form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
