import { NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MoneyInput } from '@ancrage/ui';
import { FormSection } from '../../admin-common/form-section';
import { SchemeReferencesPicker } from '../../admin-common/scheme-references';
import type { ChoicesProps, SectionProps } from './section-props';

/** Schemes that exclude this one, the yearly envelope and the number of beneficiaries per year. */
export function LimitsSection({ content, change, errorOf, localSchemes }: SectionProps & Pick<ChoicesProps, 'localSchemes'>) {
  const { t } = useTranslation('incentives');
  return (
    <FormSection title={t('admin.editor.limits.title')}>
      <Stack gap="md">
        <SchemeReferencesPicker label={t('admin.editor.limits.incompatibleWith')} description={t('admin.editor.limits.incompatibleWithHelp')} localSchemes={localSchemes} value={content.incompatibleWith} onChange={(incompatibleWith) => change({ incompatibleWith })} error={errorOf('incompatibleWith')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MoneyInput label={t('admin.editor.limits.envelope')} description={t('admin.editor.limits.envelopeHelp')} value={content.yearlyEnvelopeCents} onChange={(yearlyEnvelopeCents) => change({ yearlyEnvelopeCents })} error={errorOf('yearlyEnvelopeCents')} />
          <NumberInput
            label={t('admin.editor.limits.maxBeneficiaries')}
            description={t('admin.editor.limits.maxBeneficiariesHelp')}
            value={content.maxBeneficiariesPerYear ?? ''}
            onChange={(value) => change({ maxBeneficiariesPerYear: typeof value === 'number' ? value : null })}
            min={1}
            max={100000}
            allowDecimal={false}
            thousandSeparator=" "
            error={errorOf('maxBeneficiariesPerYear')}
          />
        </SimpleGrid>
      </Stack>
    </FormSection>
  );
}
