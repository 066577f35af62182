import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PERIMETER_KINDS, perimeterInput, type PerimeterKind } from '@ancrage/territory-domain';
import { FormAlert, type FieldErrorsState } from '@ancrage/ui';
import { CommunePicker } from './commune-picker';
import type { CommuneOption } from './commune-option';

export interface PerimeterFormValues {
  name: string;
  kind: PerimeterKind;
  description: string;
  communes: CommuneOption[];
}

interface PerimeterFormProps {
  initial: PerimeterFormValues;
  errors: FieldErrorsState;
  submitting: boolean;
  cancelHref: string;
  onSubmit: (input: { name: string; kind: PerimeterKind; description: string; communeCodes: string[] }) => void;
}

/** Name, kind, description and communes of a perimeter, checked with the API's own schema. */
export function PerimeterForm({ initial, errors, submitting, cancelHref, onSubmit }: PerimeterFormProps) {
  const { t } = useTranslation('territory');
  const [values, setValues] = useState(initial);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(perimeterInput, {
      name: values.name,
      kind: values.kind,
      description: values.description,
      communeCodes: values.communes.map((commune) => commune.code),
    });
    if (input) onSubmit(input);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={760}>
        <FormAlert message={errors.formError} />
        <TextInput label={t('perimeters.name')} required value={values.name} onChange={(event) => setValues({ ...values, name: event.currentTarget.value })} error={errors.errorOf('name')} />
        <NativeSelect
          label={t('perimeters.kind')}
          value={values.kind}
          onChange={(event) => setValues({ ...values, kind: event.currentTarget.value as PerimeterKind })}
          data={PERIMETER_KINDS.map((kind) => ({ value: kind, label: t(`perimeters.kinds.${kind}`) }))}
          error={errors.errorOf('kind')}
        />
        <Textarea
          label={t('perimeters.description')}
          autosize
          minRows={3}
          value={values.description}
          onChange={(event) => setValues({ ...values, description: event.currentTarget.value })}
          error={errors.errorOf('description')}
        />
        <CommunePicker value={values.communes} onChange={(communes) => setValues({ ...values, communes })} error={errors.errorOf('communeCodes')} />
        <Group gap="sm">
          <Button type="submit" loading={submitting}>
            {t('perimeters.save')}
          </Button>
          <Button component={Link} to={cancelHref} variant="default">
            {t('perimeters.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
