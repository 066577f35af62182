import { Accordion, Alert, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RulesForm } from './rules-form';
import { RulesSummary } from './rules-summary';
import { SeatsForm } from './seats-form';
import type { GipView } from './gip-types';

/** Each body of the GIP: its seats, the public majority the law requires, and its rules. */
export function BodiesPanel({ gip, canManage }: { gip: GipView; canManage: boolean }) {
  const { t } = useTranslation('centre-governance');
  if (gip.bodies.length === 0) return <Text>{t('gip.noBody')}</Text>;
  return (
    <Stack gap="xl">
      {gip.bodies.map((body) => (
        <section key={body.id} aria-labelledby={`body-${body.id}`}>
          <Title order={3} size="h4" id={`body-${body.id}`} mb="sm">
            {body.name}
          </Title>
          <Stack gap="sm">
            <Alert color={body.publicMajority.satisfied ? 'teal.9' : 'red.9'} variant="outline" title={t('gip.publicMajority')}>
              <Text>{t(body.publicMajority.satisfied ? 'gip.publicMajorityOk' : 'gip.publicMajorityKo', { public: body.publicMajority.publicVotes, total: body.publicMajority.totalVotes })}</Text>
            </Alert>
            <Table.ScrollContainer minWidth={480} type="native">
              <Table captionSide="top" verticalSpacing={4}>
                <Table.Caption style={{ textAlign: 'left', color: 'var(--mantine-color-text)' }}>{t('gip.seatsCaption', { body: body.name, count: body.seats.length })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('gip.columns.name')}</Table.Th>
                    <Table.Th scope="col">{t('gip.columns.sector')}</Table.Th>
                    <Table.Th scope="col" style={{ textAlign: 'right' }}>
                      {t('meeting.votes')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {body.seats.map((seat) => (
                    <Table.Tr key={seat.memberId}>
                      <Table.Th scope="row" fw="normal">
                        {seat.name}
                      </Table.Th>
                      <Table.Td>{t(`sectors.${seat.sector}`)}</Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>{seat.votes}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <RulesSummary rules={body.rules} caption={t('gip.rules.caption', { body: body.name })} />
            {canManage ? (
              <Accordion variant="separated">
                <Accordion.Item value="seats">
                  <Accordion.Control>{t('gip.editSeats')}</Accordion.Control>
                  <Accordion.Panel>
                    <SeatsForm body={body} members={gip.members} />
                  </Accordion.Panel>
                </Accordion.Item>
                <Accordion.Item value="rules">
                  <Accordion.Control>{t('gip.rules.edit')}</Accordion.Control>
                  <Accordion.Panel>
                    <RulesForm bodyId={body.id} bodyName={body.name} rules={body.rules} />
                  </Accordion.Panel>
                </Accordion.Item>
              </Accordion>
            ) : null}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}
