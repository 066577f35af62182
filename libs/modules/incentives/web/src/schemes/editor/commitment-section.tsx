import { NativeSelect, NumberInput, Radio, SimpleGrid, Stack, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PRACTICE_MODES, REPAYMENT_RULES, type Commitment, type RepaymentRule } from '@ancrage/incentives-domain';
import { AreaPicker } from '../../admin-common/area-picker';
import { FormSection } from '../../admin-common/form-section';
import type { ChoicesProps, SectionProps } from './section-props';

const NEW_COMMITMENT: Commitment = { years: 3, area: null, mode: 'any', repayment: 'pro-rata' };
const EMPTY_AREA = { communes: [], epcis: [], perimeterIds: [] };

/** What a beneficiary promises (years, where, how) and what breaking it costs. */
export function CommitmentSection({ content, change, errorOf, territory }: SectionProps & Pick<ChoicesProps, 'territory'>) {
  const { t } = useTranslation('incentives');
  const commitment = content.commitment;
  const set = (patch: Partial<Commitment>) => commitment && change({ commitment: { ...commitment, ...patch } });
  return (
    <FormSection title={t('admin.editor.commitment.title')}>
      <Stack gap="sm">
        <Switch label={t('admin.editor.commitment.required')} checked={commitment !== null} onChange={(event) => change({ commitment: event.currentTarget.checked ? NEW_COMMITMENT : null })} />
        {commitment ? (
          <>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NumberInput label={t('admin.editor.commitment.years')} value={commitment.years} onChange={(years) => set({ years: typeof years === 'number' ? years : 0 })} min={1} max={15} allowDecimal={false} error={errorOf('commitment.years')} required />
              <NativeSelect
                label={t('admin.editor.commitment.mode')}
                value={commitment.mode}
                onChange={(event) => set({ mode: event.currentTarget.value as Commitment['mode'] })}
                data={[{ value: 'any', label: t('admin.editor.commitment.anyMode') }, ...PRACTICE_MODES.map((mode) => ({ value: mode, label: t(`practiceModes.${mode}`) }))]}
              />
              <NativeSelect label={t('admin.editor.commitment.repayment')} value={commitment.repayment} onChange={(event) => set({ repayment: event.currentTarget.value as RepaymentRule })} data={REPAYMENT_RULES.map((rule) => ({ value: rule, label: t(`repayment.${rule}`) }))} />
            </SimpleGrid>
            <Radio.Group label={t('admin.editor.commitment.where')} value={commitment.area === null ? 'anywhere' : 'area'} onChange={(where) => set({ area: where === 'anywhere' ? null : (commitment.area ?? EMPTY_AREA) })}>
              <Stack gap="xs" mt={4}>
                <Radio value="anywhere" label={t('admin.editor.commitment.anywhere')} />
                <Radio value="area" label={t('admin.editor.commitment.inArea')} />
              </Stack>
            </Radio.Group>
            {commitment.area ? <AreaPicker legend={t('admin.editor.commitment.area')} territory={territory} value={commitment.area} onChange={(area) => set({ area })} error={errorOf('commitment.area')} /> : null}
          </>
        ) : null}
      </Stack>
    </FormSection>
  );
}
