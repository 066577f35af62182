import { useState } from 'react';
import { NativeSelect, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader, QueryState, StatCard, useCan, useTRPC } from '@ancrage/ui';
import { permissions } from '../common/paths';
import { useCgFormat } from '../common/use-cg-format.hook';
import { useCurrentGip } from '../common/use-gip.hook';
import { BudgetLineForm, BudgetSplitForm, FundCallForm, PaymentForm } from './finance-forms';
import { BalancesTable, BudgetLinesTable, CallsTable, PaymentsTable } from './finance-tables';

const thisYear = new Date().getFullYear();

/** /t/:tenant/admin/centre-governance/finance — members' contributions, calls for funds, payments and the département's budget lines. */
export function FinancePage() {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const format = useCgFormat();
  const canManage = useCan(permissions.manageFinance);
  const { gips, gipId } = useCurrentGip();
  const [year, setYear] = useState(thisYear);
  const finances = useQuery({ ...trpc['centre-governance'].finances.queryOptions({ gipId: gipId ?? '', year }), enabled: gipId !== undefined });

  return (
    <>
      <PageHeader title={t('finance.title')} description={t('finance.intro')} />
      <QueryState query={gips}>
        {(list) =>
          list.length === 0 || !gipId ? (
            <Text>{t('gip.none')}</Text>
          ) : (
            <Stack gap="lg">
              <NativeSelect label={t('finance.year')} value={String(year)} onChange={(event) => setYear(Number(event.currentTarget.value))} data={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map(String)} w={160} />
              <QueryState query={finances}>
                {(data) => (
                  <Stack gap="lg">
                    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} component="section" aria-label={t('finance.keyFigures', { year })}>
                      <StatCard value={format.cents(data.totals.dueCents)} label={t('finance.totals.due')} />
                      <StatCard value={format.cents(data.totals.calledCents)} label={t('finance.totals.called')} />
                      <StatCard value={format.cents(data.totals.paidCents)} label={t('finance.totals.paid')} />
                      <StatCard value={format.cents(data.totals.outstandingCents)} label={t('finance.totals.outstanding')} />
                    </SimpleGrid>
                    <Text size="sm">{t('finance.inKindTotal', { amount: format.cents(data.totals.inKindCents) })}</Text>
                    <Tabs defaultValue="balances" keepMounted={false}>
                      <Tabs.List>
                        <Tabs.Tab value="balances">{t('finance.tabs.balances')}</Tabs.Tab>
                        <Tabs.Tab value="calls">{t('finance.tabs.calls')}</Tabs.Tab>
                        <Tabs.Tab value="budget">{t('finance.tabs.budget')}</Tabs.Tab>
                      </Tabs.List>
                      <Tabs.Panel value="balances" pt="md">
                        <Stack gap="lg">
                          <BalancesTable finances={data} />
                          {canManage ? <BudgetSplitForm gipId={gipId} year={year} /> : null}
                        </Stack>
                      </Tabs.Panel>
                      <Tabs.Panel value="calls" pt="md">
                        <Stack gap="lg">
                          <CallsTable finances={data} />
                          <PaymentsTable finances={data} />
                          {canManage ? <FundCallForm key={`call-${year}`} finances={data} gipId={gipId} /> : null}
                          {canManage && data.calls.length > 0 ? <PaymentForm key={`payment-${year}`} finances={data} /> : null}
                        </Stack>
                      </Tabs.Panel>
                      <Tabs.Panel value="budget" pt="md">
                        <Stack gap="lg">
                          <BudgetLinesTable finances={data} />
                          {canManage ? <BudgetLineForm key={`line-${year}`} finances={data} /> : null}
                        </Stack>
                      </Tabs.Panel>
                    </Tabs>
                  </Stack>
                )}
              </QueryState>
            </Stack>
          )
        }
      </QueryState>
    </>
  );
}
