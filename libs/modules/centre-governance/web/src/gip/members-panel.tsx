import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ExplorerTable, useTenant, type ExplorerColumn, type RouterOutputs } from '@ancrage/ui';
import { useCgFormat } from '../common/use-cg-format.hook';

type Member = RouterOutputs['centre-governance']['gip']['members'][number];

/** The members of the GIP with their status, statutory votes and contribution rule. */
export function MembersTable({ members }: { members: readonly Member[] }) {
  const { t } = useTranslation('centre-governance');
  const tenant = useTenant();
  const format = useCgFormat();
  const contribution = (member: Member) =>
    member.contributionMode === 'share'
      ? t('gip.shareOf', { percent: format.number(member.contributionShareBp / 100, { maximumFractionDigits: 2 }) })
      : member.contributionMode === 'fixed'
        ? format.cents(member.contributionFixedCents)
        : t('gip.noContribution');
  const columns: ExplorerColumn<Member>[] = [
    { key: 'name', header: t('gip.columns.name'), value: (member) => member.name },
    { key: 'kind', header: t('gip.columns.kind'), value: (member) => member.kind, format: (kind) => t(`memberKinds.${kind}`) },
    {
      key: 'sector',
      header: t('gip.columns.sector'),
      value: (member) => member.sector,
      format: (sector) => t(`sectors.${sector}`),
      cell: (member) => (member.observer ? <Badge variant="outline" color="gray.8">{t('gip.observer')}</Badge> : t(`sectors.${member.sector}`)),
    },
    { key: 'votingRights', header: t('gip.columns.votingRights'), numeric: true, value: (member) => member.votingRights },
    { key: 'contribution', header: t('gip.columns.contribution'), value: contribution },
    { key: 'contributionKind', header: t('gip.columns.contributionKind'), value: (member) => member.contributionKind, format: (kind) => t(`contributionKinds.${kind}`) },
    { key: 'contactEmail', header: t('gip.columns.contactEmail'), value: (member) => member.contactEmail || null },
  ];
  return (
    <ExplorerTable
      caption={t('gip.membersCaption', { count: members.length })}
      columns={columns}
      rows={members}
      rowKey={(member) => member.id}
      empty={t('gip.noMember')}
      filterLabel={t('gip.searchMembers')}
      exportFileName={`membres-gip-${tenant.slug}`}
      minWidth={900}
    />
  );
}
