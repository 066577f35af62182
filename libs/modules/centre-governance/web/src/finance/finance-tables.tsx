import { useTranslation } from 'react-i18next';
import { ExplorerTable, useTenant, type ExplorerColumn } from '@ancrage/ui';
import { useCgFormat } from '../common/use-cg-format.hook';
import type { Finances } from './finance-types';

/** A money column: sorted and exported as euros (a number), shown in French format. */
function useMoneyColumn() {
  const format = useCgFormat();
  return <T,>(key: string, header: string, cents: (row: T) => number): ExplorerColumn<T> => ({ key, header, numeric: true, value: (row) => cents(row) / 100, format: (euros) => format.euros(Number(euros)) });
}

export function BalancesTable({ finances }: { finances: Finances }) {
  const { t } = useTranslation('centre-governance');
  const tenant = useTenant();
  const money = useMoneyColumn();
  type Row = Finances['balances'][number];
  const columns: ExplorerColumn<Row>[] = [
    { key: 'name', header: t('finance.columns.member'), value: (row) => row.name },
    money<Row>('due', t('finance.columns.due'), (row) => row.dueCents),
    money<Row>('inKind', t('finance.columns.inKind'), (row) => row.inKindCents),
    money<Row>('called', t('finance.columns.called'), (row) => row.calledCents),
    money<Row>('paid', t('finance.columns.paid'), (row) => row.paidCents),
    money<Row>('outstanding', t('finance.columns.outstanding'), (row) => row.outstandingCents),
    money<Row>('toCall', t('finance.columns.toCall'), (row) => row.toCallCents),
  ];
  return <ExplorerTable caption={t('finance.balancesCaption', { year: finances.year })} columns={columns} rows={finances.balances} rowKey={(row) => row.memberId} empty={t('finance.noBalance')} filterLabel={t('finance.searchMembers')} exportFileName={`contributions-gip-${tenant.slug}-${finances.year}`} minWidth={900} />;
}

export function CallsTable({ finances }: { finances: Finances }) {
  const { t } = useTranslation('centre-governance');
  const tenant = useTenant();
  const format = useCgFormat();
  const money = useMoneyColumn();
  type Row = Finances['calls'][number];
  const columns: ExplorerColumn<Row>[] = [
    { key: 'member', header: t('finance.columns.member'), value: (row) => row.memberName },
    { key: 'label', header: t('finance.columns.label'), value: (row) => row.label },
    { key: 'issuedOn', header: t('finance.columns.issuedOn'), value: (row) => row.issuedOn, format: (day) => format.day(String(day)) },
    { key: 'dueOn', header: t('finance.columns.dueOn'), value: (row) => row.dueOn, format: (day) => format.day(String(day)) },
    money<Row>('amount', t('finance.columns.amount'), (row) => row.amountCents),
    money<Row>('paid', t('finance.columns.paid'), (row) => row.paidCents),
    money<Row>('outstanding', t('finance.columns.outstanding'), (row) => row.outstandingCents),
  ];
  return <ExplorerTable caption={t('finance.callsCaption', { year: finances.year })} columns={columns} rows={finances.calls} rowKey={(row) => row.id} empty={t('finance.noCall')} filterLabel={t('finance.searchCalls')} exportFileName={`appels-de-fonds-${tenant.slug}-${finances.year}`} minWidth={900} />;
}

export function PaymentsTable({ finances }: { finances: Finances }) {
  const { t } = useTranslation('centre-governance');
  const tenant = useTenant();
  const format = useCgFormat();
  const money = useMoneyColumn();
  type Row = Finances['payments'][number];
  const columns: ExplorerColumn<Row>[] = [
    { key: 'member', header: t('finance.columns.member'), value: (row) => row.memberName },
    { key: 'receivedOn', header: t('finance.columns.receivedOn'), value: (row) => row.receivedOn, format: (day) => format.day(String(day)) },
    money<Row>('amount', t('finance.columns.amount'), (row) => row.amountCents),
    { key: 'reference', header: t('finance.columns.reference'), value: (row) => row.reference || null },
    { key: 'note', header: t('finance.columns.note'), value: (row) => row.note || null },
  ];
  return <ExplorerTable caption={t('finance.paymentsCaption', { year: finances.year })} columns={columns} rows={finances.payments} rowKey={(row) => row.id} empty={t('finance.noPayment')} filterLabel={t('finance.searchPayments')} exportFileName={`versements-${tenant.slug}-${finances.year}`} minWidth={800} />;
}

export function BudgetLinesTable({ finances }: { finances: Finances }) {
  const { t } = useTranslation('centre-governance');
  const tenant = useTenant();
  const money = useMoneyColumn();
  type Row = Finances['budgetLines'][number];
  const columns: ExplorerColumn<Row>[] = [
    { key: 'section', header: t('finance.columns.section'), value: (row) => row.section, format: (value) => t(`budgetSections.${value}`) },
    { key: 'imputation', header: t('finance.columns.imputation'), value: (row) => [row.chapter, row.article].filter(Boolean).join(' / ') || null },
    { key: 'label', header: t('finance.columns.label'), value: (row) => row.label },
    money<Row>('voted', t('finance.columns.voted'), (row) => row.votedCents),
    money<Row>('paid', t('finance.columns.executed'), (row) => row.paidCents),
    money<Row>('remaining', t('finance.columns.remaining'), (row) => row.remainingCents),
  ];
  return <ExplorerTable caption={t('finance.budgetCaption', { year: finances.year })} columns={columns} rows={finances.budgetLines} rowKey={(row) => row.id} empty={t('finance.noBudgetLine')} filterLabel={t('finance.searchBudget')} exportFileName={`budget-departement-centre-${tenant.slug}-${finances.year}`} minWidth={800} />;
}
