import { useState, type FormEvent } from 'react';
import { Button, Group, NumberInput, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AUDIENCES, closingReportInput, satisfactionSummary } from '@ancrage/events-domain';
import { FormAlert, QueryState, StatCard, useCan, useFieldErrors, useFormatters, useNotify, useTRPC, type RouterOutputs } from '@ancrage/ui';
import { permissions } from '../event-paths';

type Report = RouterOutputs['events']['report'];

/** The closing report: figures from the check-ins, and what officers write (minutes, organisations, survey). */
export function ClosingReport({ eventId, started }: { eventId: string; started: boolean }) {
  const trpc = useTRPC();
  const report = useQuery(trpc.events.report.queryOptions({ eventId }));
  const canManage = useCan(permissions.manageEvents);
  return (
    <QueryState query={report}>
      {(data) => (
        <Stack gap="lg">
          <ReportFigures report={data} />
          {canManage && started ? <ReportForm eventId={eventId} report={data} /> : <ReportText report={data} started={started} />}
        </Stack>
      )}
    </QueryState>
  );
}

function ReportFigures({ report }: { report: Report }) {
  const { t } = useTranslation('events');
  const format = useFormatters();
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="md">
        <StatCard label={t('report.attendees')} value={format.number(report.attendees)} />
        <StatCard label={t('report.respondents')} value={format.number(report.respondents)} />
        <StatCard label={t('report.average')} value={report.average === null ? t('kpis.noRate') : t('report.averageValue', { value: format.number(report.average, { maximumFractionDigits: 1 }) })} />
      </SimpleGrid>
      <Text size="sm">
        {t('report.byAudience')}{' '}
        {AUDIENCES.filter((audience) => (report.attendeesByAudience[audience] ?? 0) > 0)
          .map((audience) => t('totals.item', { label: t(`audiences.${audience}`), count: format.number(report.attendeesByAudience[audience] ?? 0) }))
          .join(' · ') || t('totals.none')}
      </Text>
      {report.attendeeOrganisations.length > 0 ? <Text size="sm">{t('report.attendeeOrganisations', { list: report.attendeeOrganisations.join(', ') })}</Text> : null}
    </Stack>
  );
}

function ReportText({ report, started }: { report: Report; started: boolean }) {
  const { t } = useTranslation('events');
  if (!started) return <Text>{t('report.notYet')}</Text>;
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('report.minutes')}
      </Title>
      <Text style={{ whiteSpace: 'pre-line' }}>{report.minutes || t('report.noMinutes')}</Text>
      {report.organisations.length > 0 ? <Text>{t('report.organisationsList', { list: report.organisations.join(', ') })}</Text> : null}
      {report.satisfactionComments ? <Text>{report.satisfactionComments}</Text> : null}
    </Stack>
  );
}

function ReportForm({ eventId, report }: { eventId: string; report: Report }) {
  const { t } = useTranslation('events');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const errors = useFieldErrors();
  const format = useFormatters();
  const [minutes, setMinutes] = useState(report.minutes);
  const [organisations, setOrganisations] = useState(report.organisations.join('\n'));
  const [satisfaction, setSatisfaction] = useState<(number | string)[]>(report.satisfaction);
  const [comments, setComments] = useState(report.satisfactionComments);
  const save = useMutation(
    trpc.events.saveReport.mutationOptions({
      onSuccess: async () => {
        notify.success(t('report.saved'));
        await queryClient.invalidateQueries({ queryKey: trpc.events.report.queryKey({ eventId }) });
      },
      onError: errors.showApiError,
    }),
  );
  const counts = satisfaction.map((value) => (typeof value === 'number' ? value : Number(value) || 0));
  const preview = satisfactionSummary(counts);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(closingReportInput, {
      eventId,
      minutes,
      organisations: organisations.split('\n').map((line) => line.trim()).filter(Boolean),
      satisfaction: satisfaction.map((value) => (typeof value === 'number' ? value : value === '' ? 0 : Number(value))),
      satisfactionComments: comments,
    });
    if (input) save.mutate(input);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="report-form-title">
      <Stack gap="sm" maw={860}>
        <Title order={3} size="h4" id="report-form-title">
          {t('report.formTitle')}
        </Title>
        <FormAlert message={errors.formError} />
        <Textarea label={t('report.minutes')} autosize minRows={5} value={minutes} onChange={(e) => setMinutes(e.currentTarget.value)} error={errors.errorOf('minutes')} />
        <Textarea
          label={t('report.organisations')}
          description={report.attendeeOrganisations.length > 0 ? t('report.organisationsHelp', { list: report.attendeeOrganisations.join(', ') }) : t('form.onePerLine')}
          autosize
          minRows={2}
          value={organisations}
          onChange={(e) => setOrganisations(e.currentTarget.value)}
          error={errors.errorOf('organisations')}
        />
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend>
            <Text fw={600} size="sm">
              {t('report.satisfaction')}
            </Text>
          </legend>
          <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
            {satisfaction.map((value, index) => (
              <NumberInput
                key={index}
                label={t('report.score', { score: index + 1 })}
                min={0}
                allowDecimal={false}
                value={value}
                onChange={(next) => setSatisfaction(satisfaction.map((current, i) => (i === index ? next : current)))}
                error={errors.errorOf(`satisfaction.${index}`)}
              />
            ))}
          </SimpleGrid>
          <Text size="sm" mt="xs" aria-live="polite">
            {preview.average === null ? t('report.noAnswers') : t('report.preview', { respondents: format.number(preview.respondents), average: format.number(preview.average, { maximumFractionDigits: 1 }) })}
          </Text>
        </fieldset>
        <Textarea label={t('report.comments')} autosize minRows={2} value={comments} onChange={(e) => setComments(e.currentTarget.value)} error={errors.errorOf('satisfactionComments')} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('report.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
