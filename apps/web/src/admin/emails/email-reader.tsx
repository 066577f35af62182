import { useEffect, useRef } from 'react';
import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState, useFormatters, useTRPC } from '@ancrage/ui';

/** The reading pane: subject, recipient, date and the plain-text body of one email. */
export function EmailReader({ id }: { id: string }) {
  const { t } = useTranslation('common');
  const trpc = useTRPC();
  const format = useFormatters();
  const email = useQuery(trpc.admin.emails.get.queryOptions({ id }));
  const heading = useRef<HTMLHeadingElement>(null);
  const loadedId = email.data?.id;

  // Opening an email takes the reader to it (below the list on phones).
  useEffect(() => {
    if (loadedId) heading.current?.focus();
  }, [loadedId]);
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="email-subject">
      <QueryState query={email}>
        {(message) => (
          <Stack gap="sm">
            <Title order={2} size="h3" id="email-subject" ref={heading} tabIndex={-1}>
              {message.subject}
            </Title>
            <Text size="sm">
              {t('admin.emails.to', { address: message.toAddress })} · {format.dateTime(message.createdAt)} · {t(`admin.emails.statuses.${message.status}`)}
            </Text>
            <Text component="div" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }} p="md" bg="gray.0">
              {message.textBody}
            </Text>
            {message.attachments.length > 0 ? (
              <>
                <Title order={3} size="h5">
                  {t('admin.emails.attachments')}
                </Title>
                <List>
                  {message.attachments.map((attachment) => (
                    <List.Item key={attachment.filename}>
                      {attachment.filename} ({attachment.contentType})
                    </List.Item>
                  ))}
                </List>
              </>
            ) : null}
          </Stack>
        )}
      </QueryState>
    </Paper>
  );
}
