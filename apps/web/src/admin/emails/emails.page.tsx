import { useSearchParams } from 'react-router';
import { Anchor, Paper, SimpleGrid, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DataTable, PageHeader, QueryState, useFormatters, useTRPC } from '@ancrage/ui';
import { EmailReader } from './email-reader';

/** /t/:tenant/admin/emails — every email the platform sent for this département, readable here. */
export function EmailsPage() {
  const { t } = useTranslation('common');
  const trpc = useTRPC();
  const format = useFormatters();
  const emails = useQuery(trpc.admin.emails.list.queryOptions({ limit: 100 }));
  // The email shown lives in the address (`?email=<id>`), so that other pages can link to one.
  const [params, setParams] = useSearchParams();
  const selected = params.get('email');
  const setSelected = (id: string) => setParams({ email: id });

  return (
    <>
      <PageHeader title={t('platform:nav.emails')} description={t('admin.emails.intro')} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <QueryState query={emails}>
          {(list) => (
            <DataTable
              caption={t('admin.emails.tableCaption')}
              rows={list}
              rowKey={(email) => email.id}
              isSelected={(email) => email.id === selected}
              empty={t('admin.emails.empty')}
              minWidth={440}
              columns={[
                {
                  key: 'subject',
                  header: t('admin.emails.subjectAndRecipient'),
                  render: (email) => (
                    <>
                      <Anchor component="button" type="button" ta="left" onClick={() => setSelected(email.id)} aria-pressed={email.id === selected}>
                        {email.subject}
                      </Anchor>
                      <Text size="sm" style={{ wordBreak: 'break-all' }}>
                        {email.toAddress}
                      </Text>
                    </>
                  ),
                },
                { key: 'date', header: t('admin.emails.date'), render: (email) => format.dateTime(email.createdAt) },
                { key: 'status', header: t('admin.emails.status'), render: (email) => t(`admin.emails.statuses.${email.status}`) },
              ]}
            />
          )}
        </QueryState>
        {selected ? (
          <EmailReader id={selected} />
        ) : (
          <Paper withBorder p="lg" radius="md">
            <Text>{t('admin.emails.pick')}</Text>
          </Paper>
        )}
      </SimpleGrid>
    </>
  );
}
