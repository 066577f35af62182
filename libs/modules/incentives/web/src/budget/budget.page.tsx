import { useState } from 'react';
import { Anchor, Group, NativeSelect, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportButtons, PageHeader, QueryState, StatCard, useCan, useLocale, useTenant, useTRPC } from '@ancrage/ui';
import { inLocale } from '../admin-common/localised';
import { ModuleNav } from '../admin-common/module-nav';
import { adminPaths, permissions } from '../admin-common/paths';
import { useAdminFormat } from '../admin-common/use-admin-format.hook';
import { budgetExportColumns, budgetLines, type BudgetRow, type BudgetView } from './budget-columns';
import { EnvelopeButton } from './envelope-form';

const thisYear = new Date().getFullYear();
const YEARS = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3, thisYear - 4];

function Money({ cents }: { cents: number | null }) {
  const { t } = useTranslation('incentives');
  const format = useAdminFormat();
  if (cents === null) return <Text span>{t('admin.budget.noEnvelope')}</Text>;
  return <>{format.cents(cents)}</>;
}

/** Availability, with the overrun said in words (not only in red). */
function Available({ cents }: { cents: number | null }) {
  const { t } = useTranslation('incentives');
  const format = useAdminFormat();
  if (cents === null) return <Text span>—</Text>;
  if (cents >= 0) return <>{format.cents(cents)}</>;
  return (
    <Text span c="red.9" fw={700}>
      {t('admin.budget.overrun', { amount: format.cents(-cents) })}
    </Text>
  );
}

function BudgetTable({ view }: { view: BudgetView }) {
  const { t } = useTranslation('incentives');
  const tenant = useTenant();
  const locale = useLocale();
  const format = useAdminFormat();
  const canManage = useCan(permissions.manageSchemes);
  const numeric = { textAlign: 'right', whiteSpace: 'nowrap' } as const;
  const beneficiaries = (row: Pick<BudgetRow, 'beneficiaries' | 'maxBeneficiaries'>) =>
    row.maxBeneficiaries === null ? format.number(row.beneficiaries) : t('admin.budget.beneficiariesOfMax', { count: row.beneficiaries, shown: format.number(row.beneficiaries), max: format.number(row.maxBeneficiaries) });
  const headers = ['scheme', 'envelope', 'committed', 'paid', 'remainingToPay', 'available', 'beneficiaries'] as const;
  return (
    <Table.ScrollContainer minWidth={960} type="native" tabIndex={0} role="region" aria-label={t('admin.budget.caption', { year: view.year })}>
      <Table striped verticalSpacing="xs" captionSide="top">
        <Table.Caption style={{ textAlign: 'left', color: 'var(--mantine-color-text)' }}>{t('admin.budget.caption', { year: view.year })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {headers.map((header, index) => (
              <Table.Th key={header} scope="col" style={index > 0 ? { textAlign: 'right' } : undefined}>
                {t(`admin.budget.${header}`)}
              </Table.Th>
            ))}
            {canManage ? <Table.Th scope="col">{t('admin.budget.actions')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {view.rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={headers.length + (canManage ? 1 : 0)}>{t('admin.budget.empty')}</Table.Td>
            </Table.Tr>
          ) : (
            view.rows.map((row) => {
              const name = inLocale(row.name, locale);
              return (
                <Table.Tr key={row.schemeId}>
                  <Table.Th scope="row" fw="normal">
                    <Anchor component={Link} to={adminPaths.scheme(tenant.slug, row.schemeId)}>
                      {name}
                    </Anchor>
                    <Text size="sm">{t(`kinds.${row.kind}`)}</Text>
                  </Table.Th>
                  <Table.Td style={numeric}>
                    <Money cents={row.envelopeCents} />
                    {row.envelopeSource ? <Text size="sm">{t(`admin.budget.source.${row.envelopeSource}`)}</Text> : null}
                  </Table.Td>
                  <Table.Td style={numeric}>{format.cents(row.committedCents)}</Table.Td>
                  <Table.Td style={numeric}>{format.cents(row.paidCents)}</Table.Td>
                  <Table.Td style={numeric}>{format.cents(row.remainingToPayCents)}</Table.Td>
                  <Table.Td style={numeric}>
                    <Available cents={row.availableCents} />
                  </Table.Td>
                  <Table.Td style={numeric}>{beneficiaries(row)}</Table.Td>
                  {canManage ? (
                    <Table.Td>
                      <EnvelopeButton schemeId={row.schemeId} schemeName={name} year={view.year} envelopeCents={row.envelopeCents} setForYear={row.envelopeSource === 'year'} />
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              );
            })
          )}
        </Table.Tbody>
        {view.rows.length > 0 ? (
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Th scope="row">{t('admin.budget.totals')}</Table.Th>
              <Table.Td style={numeric}>
                <Money cents={view.totals.envelopeCents} />
              </Table.Td>
              <Table.Td style={numeric}>{format.cents(view.totals.committedCents)}</Table.Td>
              <Table.Td style={numeric}>{format.cents(view.totals.paidCents)}</Table.Td>
              <Table.Td style={numeric}>{format.cents(view.totals.remainingToPayCents)}</Table.Td>
              <Table.Td style={numeric}>
                <Available cents={view.totals.availableCents} />
              </Table.Td>
              <Table.Td style={numeric}>{format.number(view.totals.beneficiaries)}</Table.Td>
              {canManage ? <Table.Td /> : null}
            </Table.Tr>
          </Table.Tfoot>
        ) : null}
      </Table>
    </Table.ScrollContainer>
  );
}

/** /t/:tenant/admin/incentives/budget — each scheme's envelope, what is committed, paid and still available, for a year. */
export function BudgetPage() {
  const { t } = useTranslation('incentives');
  const trpc = useTRPC();
  const tenant = useTenant();
  const locale = useLocale();
  const format = useAdminFormat();
  const [year, setYear] = useState(thisYear);
  const budget = useQuery({ ...trpc.incentives.budget.queryOptions({ year }), placeholderData: keepPreviousData });
  return (
    <>
      <PageHeader title={t('admin.budget.title')} description={t('admin.budget.intro')} />
      <ModuleNav />
      <Stack gap="lg">
        <NativeSelect label={t('admin.budget.year')} value={String(year)} onChange={(event) => setYear(Number(event.currentTarget.value))} data={YEARS.map(String)} w={160} />
        <QueryState query={budget}>
          {(view) => (
            <Stack gap="lg">
              <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 6 }} component="section" aria-label={t('admin.budget.keyFigures', { year: view.year })}>
                <StatCard value={view.totals.envelopeCents === null ? '—' : format.cents(view.totals.envelopeCents)} label={t('admin.budget.stats.envelope')} />
                <StatCard value={format.cents(view.totals.committedCents)} label={t('admin.budget.stats.committed')} />
                <StatCard value={format.cents(view.totals.paidCents)} label={t('admin.budget.stats.paid')} />
                <StatCard value={format.cents(view.totals.remainingToPayCents)} label={t('admin.budget.stats.remainingToPay')} />
                <StatCard value={view.totals.availableCents === null ? '—' : <Available cents={view.totals.availableCents} />} label={t('admin.budget.stats.available')} />
                <StatCard value={format.number(view.totals.beneficiaries)} label={t('admin.budget.stats.beneficiaries')} />
              </SimpleGrid>
              {view.totals.schemesWithoutEnvelope > 0 ? <Text size="sm">{t('admin.budget.withoutEnvelope', { count: view.totals.schemesWithoutEnvelope })}</Text> : null}
              <Group justify="flex-end">
                <ExportButtons fileName={`budget-aides-${tenant.slug}-${view.year}`} sheetName={t('admin.budget.sheet', { year: view.year })} columns={budgetExportColumns(t)} rows={view.rows.length > 0 ? budgetLines(view, locale, t) : []} />
              </Group>
              <BudgetTable view={view} />
            </Stack>
          )}
        </QueryState>
      </Stack>
    </>
  );
}
