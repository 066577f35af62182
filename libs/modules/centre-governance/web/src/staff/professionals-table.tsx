import { useTranslation } from 'react-i18next';
import { ExplorerTable, useTenant, type ExplorerColumn, type RouterOutputs } from '@ancrage/ui';
import { useCgFormat } from '../common/use-cg-format.hook';

export type Professional = RouterOutputs['centre-governance']['professionals'][number];

/** The professionals a centre hosts: status, semester and maître de stage of docteurs juniors, working time now. */
export function ProfessionalsTable({ people }: { people: readonly Professional[] }) {
  const { t } = useTranslation('centre-governance');
  const tenant = useTenant();
  const format = useCgFormat();
  const columns: ExplorerColumn<Professional>[] = [
    { key: 'name', header: t('staff.columns.name'), value: (person) => `${person.lastName} ${person.firstName}` },
    { key: 'profession', header: t('staff.columns.profession'), value: (person) => person.profession, format: (value) => t(`professions.${value}`) },
    { key: 'status', header: t('staff.columns.status'), value: (person) => person.status, format: (value) => t(`staffStatuses.${value}`) },
    { key: 'semester', header: t('staff.columns.semester'), value: (person) => (person.semesterStart ? `${format.day(person.semesterStart)} – ${format.day(person.semesterEnd)}` : null) },
    { key: 'supervisor', header: t('staff.columns.supervisor'), value: (person) => person.supervisorName || null },
    { key: 'fte', header: t('staff.columns.fte'), numeric: true, value: (person) => person.currentFteHundredths / 100, format: (value) => format.number(Number(value), { maximumFractionDigits: 2 }) },
    { key: 'contracts', header: t('staff.columns.contracts'), value: (person) => person.contracts.map((contract) => `${t(`contractKinds.${contract.kind}`)} ${format.fte(contract.fteHundredths)} ${t('staff.fteUnit')}`).join(' ; ') || null },
    { key: 'email', header: t('staff.columns.email'), value: (person) => person.email || null },
  ];
  return <ExplorerTable caption={t('staff.caption', { count: people.length })} columns={columns} rows={people} rowKey={(person) => person.id} empty={t('staff.empty')} filterLabel={t('staff.search')} exportFileName={`professionnels-${tenant.slug}`} minWidth={1000} />;
}
