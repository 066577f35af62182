import { Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AUDIENCES } from '@ancrage/events-domain';
import { AudienceCheckboxes } from './audience-checkboxes';
import { FormSection, type SectionProps } from './form-section';

/** Audiences, partners, places (reserved, quotas) and the registration window. */
export function CapacityFields({ values, change, errorOf }: SectionProps) {
  const { t } = useTranslation('events');
  const updateQuota = (index: number, patch: Partial<(typeof values.quotas)[number]>) => change({ quotas: values.quotas.map((quota, i) => (i === index ? { ...quota, ...patch } : quota)) });
  return (
    <FormSection legend={t('form.audiencesAndPlaces')}>
      <Stack gap="sm">
        <AudienceCheckboxes label={t('form.audiences')} required options={AUDIENCES} value={values.audiences} onChange={(audiences) => change({ audiences })} error={errorOf('audiences')} />
        <Textarea label={t('form.partners')} description={t('form.onePerLine')} autosize minRows={2} value={values.partners} onChange={(e) => change({ partners: e.currentTarget.value })} error={errorOf('partners')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput label={t('form.capacity')} description={t('form.capacityHelp')} min={1} allowDecimal={false} value={values.capacity} onChange={(capacity) => change({ capacity })} error={errorOf('capacity')} />
          <NumberInput label={t('form.reservedPlaces')} description={t('form.reservedPlacesHelp')} min={0} allowDecimal={false} value={values.reservedPlaces} onChange={(reservedPlaces) => change({ reservedPlaces })} error={errorOf('reservedPlaces')} />
        </SimpleGrid>
        <Text fw={600} size="sm">
          {t('form.quotas')}
        </Text>
        <Text size="sm">{t('form.quotasHelp')}</Text>
        {values.quotas.map((quota, index) => (
          <Paper key={index} withBorder p="sm">
            <Stack gap="xs">
              <AudienceCheckboxes label={t('form.quotaAudiences', { n: index + 1 })} options={values.audiences} value={quota.audiences} onChange={(audiences) => updateQuota(index, { audiences })} error={errorOf(`quotas.${index}.audiences`)} />
              <Group align="flex-end" justify="space-between">
                <NumberInput label={t('form.quotaPlaces', { n: index + 1 })} min={1} allowDecimal={false} value={quota.places} onChange={(places) => updateQuota(index, { places })} error={errorOf(`quotas.${index}.places`)} />
                <Button variant="subtle" color="red.9" size="xs" onClick={() => change({ quotas: values.quotas.filter((_, i) => i !== index) })} aria-label={t('form.removeQuota', { n: index + 1 })}>
                  {t('form.remove')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        ))}
        <div>
          <Button variant="default" onClick={() => change({ quotas: [...values.quotas, { audiences: [], places: '' }] })}>
            {t('form.addQuota')}
          </Button>
        </div>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="datetime-local" label={t('form.registrationOpensAt')} description={t('form.registrationOpensAtHelp')} value={values.registrationOpensAt} onChange={(e) => change({ registrationOpensAt: e.currentTarget.value })} error={errorOf('registrationOpensAt')} />
          <TextInput type="datetime-local" label={t('form.registrationClosesAt')} description={t('form.registrationClosesAtHelp')} value={values.registrationClosesAt} onChange={(e) => change({ registrationClosesAt: e.currentTarget.value })} error={errorOf('registrationClosesAt')} />
        </SimpleGrid>
      </Stack>
    </FormSection>
  );
}
