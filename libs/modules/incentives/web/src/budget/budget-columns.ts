import type { TFunction } from 'i18next';
import type { ExportColumn, RouterOutputs } from '@ancrage/ui';
import { inLocale } from '../admin-common/localised';

export type BudgetView = RouterOutputs['incentives']['budget'];
export type BudgetRow = BudgetView['rows'][number];

/** A line of the export: a scheme, or the totals. */
export interface BudgetLine {
  name: string;
  kind: string | null;
  envelopeCents: number | null;
  committedCents: number;
  paidCents: number;
  remainingToPayCents: number;
  availableCents: number | null;
  beneficiaries: number;
  maxBeneficiaries: number | null;
}

export function budgetLines(view: BudgetView, locale: string, t: TFunction): BudgetLine[] {
  return [
    ...view.rows.map((row) => ({ ...row, name: inLocale(row.name, locale), kind: row.kind as string | null })),
    { ...view.totals, name: t('admin.budget.totals'), kind: null, maxBeneficiaries: null },
  ];
}

const euros = (cents: number | null) => (cents === null ? null : cents / 100);

/** Export columns: amounts in euros as numbers, so that spreadsheets compute with them. */
export function budgetExportColumns(t: TFunction): ExportColumn<BudgetLine>[] {
  return [
    { header: t('admin.budget.scheme'), value: (line) => line.name },
    { header: t('admin.budget.kind'), value: (line) => line.kind, format: (kind) => t(`kinds.${kind}`) },
    { header: t('admin.budget.envelopeEuros'), value: (line) => euros(line.envelopeCents) },
    { header: t('admin.budget.committedEuros'), value: (line) => euros(line.committedCents) },
    { header: t('admin.budget.paidEuros'), value: (line) => euros(line.paidCents) },
    { header: t('admin.budget.remainingToPayEuros'), value: (line) => euros(line.remainingToPayCents) },
    { header: t('admin.budget.availableEuros'), value: (line) => euros(line.availableCents) },
    { header: t('admin.budget.beneficiaries'), value: (line) => line.beneficiaries },
    { header: t('admin.budget.maxBeneficiaries'), value: (line) => line.maxBeneficiaries },
  ];
}
