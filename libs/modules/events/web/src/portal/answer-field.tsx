import { Checkbox, NativeSelect, Radio, Group, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnswerValue, Question } from '@ancrage/events-domain';

interface AnswerFieldProps {
  question: Question;
  value: AnswerValue | undefined;
  error: string | undefined;
  onChange: (value: AnswerValue | undefined) => void;
}

/** The input of one registration question, labelled with the officer's wording. */
export function AnswerField({ question, value, error, onChange }: AnswerFieldProps) {
  const { t } = useTranslation('events');
  switch (question.type) {
    case 'text':
      return <Textarea label={question.label} required={question.required} autosize minRows={1} value={typeof value === 'string' ? value : ''} onChange={(event) => onChange(event.currentTarget.value)} error={error} />;
    case 'choice':
      return (
        <NativeSelect
          label={question.label}
          required={question.required}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value || undefined)}
          data={[{ value: '', label: t('registration.choose') }, ...question.options]}
          error={error}
        />
      );
    case 'multiple':
      return (
        <Checkbox.Group label={question.label} required={question.required} value={Array.isArray(value) ? value : []} onChange={(selected) => onChange(selected)} error={error}>
          <Group gap="md" mt={4}>
            {question.options.map((option) => (
              <Checkbox key={option} value={option} label={option} />
            ))}
          </Group>
        </Checkbox.Group>
      );
    case 'yes-no':
      return (
        <Radio.Group label={question.label} required={question.required} value={value === true ? 'yes' : value === false ? 'no' : ''} onChange={(choice) => onChange(choice === 'yes')} error={error}>
          <Group gap="md" mt={4}>
            <Radio value="yes" label={t('registration.yes')} />
            <Radio value="no" label={t('registration.no')} />
          </Group>
        </Radio.Group>
      );
  }
}
