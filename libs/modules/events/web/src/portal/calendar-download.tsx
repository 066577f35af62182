import { Button } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify, useTRPC } from '@ancrage/ui';
import { downloadText } from '../common/download-text';

/** Downloads the tenant's calendar of events (.ics), or one event's entry when `eventId` is given. */
export function CalendarDownload({ eventId, label }: { eventId?: string; label: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const { t } = useTranslation('events');

  const download = async () => {
    setBusy(true);
    try {
      const file = eventId
        ? await queryClient.fetchQuery(trpc.events.eventCalendar.queryOptions({ id: eventId }))
        : await queryClient.fetchQuery(trpc.events.calendarFeed.queryOptions());
      downloadText(file.filename, file.content, 'text/calendar;charset=utf-8');
      notify.success(t('portal.calendarDownloaded'));
    } catch (error) {
      notify.failure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button variant="default" loading={busy} onClick={() => void download()}>
      {label}
    </Button>
  );
}
