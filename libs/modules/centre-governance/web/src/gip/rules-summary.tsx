import { List, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DECISION_KINDS, majorityFor, type BodyRules } from '@ancrage/centre-governance-domain';

/** A body's rules in words: quorum, proxies, casting vote, and the majority of each kind of decision. */
export function RulesSummary({ rules, caption }: { rules: BodyRules; caption: string }) {
  const { t } = useTranslation('centre-governance');
  const unit = t(`quorumUnits.${rules.quorum.basis}`);
  return (
    <>
      <List size="sm" spacing={4}>
        <List.Item>{t(`meeting.quorumRule.${rules.quorum.comparison}`, { numerator: rules.quorum.numerator, denominator: rules.quorum.denominator, unit })}</List.Item>
        <List.Item>{t(rules.quorum.proxiesCount ? 'gip.rules.proxiesCount' : 'gip.rules.proxiesDoNotCount')}</List.Item>
        <List.Item>{rules.maxProxiesPerHolder === null ? t('meeting.proxyNoLimit') : t('meeting.proxyLimit', { count: rules.maxProxiesPerHolder })}</List.Item>
        <List.Item>{t(rules.chairCastingVote ? 'gip.rules.castingVote' : 'gip.rules.noCastingVote')}</List.Item>
        <List.Item>{t(rules.quorum.secondCallWithoutQuorum ? 'gip.rules.secondCall' : 'gip.rules.noSecondCall')}</List.Item>
      </List>
      <Table captionSide="top" mt="sm" verticalSpacing={4}>
        <Table.Caption style={{ textAlign: 'left', color: 'var(--mantine-color-text)' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('gip.rules.decision')}</Table.Th>
            <Table.Th scope="col">{t('gip.rules.majority')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {DECISION_KINDS.map((kind) => {
            const rule = majorityFor(rules, kind);
            return (
              <Table.Tr key={kind}>
                <Table.Th scope="row" fw="normal">
                  {t(`decisionKinds.${kind}`)}
                </Table.Th>
                <Table.Td>{`${t(`majorityRules.${rule.kind}`, { numerator: rule.numerator, denominator: rule.denominator })} ${t(`voteBases.${rule.base}`)}`}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </>
  );
}
