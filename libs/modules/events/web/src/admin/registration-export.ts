import type { TFunction } from 'i18next';
import type { AnswerValue, Question } from '@ancrage/events-domain';
import type { ExportColumn, RouterOutputs } from '@ancrage/ui';

export type StaffRegistration = RouterOutputs['events']['registrations'][number];

/** An answer as a spreadsheet cell: choices joined, yes/no in words. */
export function answerText(answer: AnswerValue | undefined, t: TFunction): string | null {
  if (answer === undefined || answer === '') return null;
  if (typeof answer === 'boolean') return answer ? t('registration.yes') : t('registration.no');
  return Array.isArray(answer) ? answer.join(', ') : answer;
}

/** Every column of the registrations export, one per question at the end (logistics: meals, rooms, transport). */
export function registrationExportColumns(questions: readonly Question[], t: TFunction): ExportColumn<StaffRegistration>[] {
  return [
    { header: t('registrations.lastName'), value: (r) => r.lastName },
    { header: t('registrations.firstName'), value: (r) => r.firstName },
    { header: t('registrations.email'), value: (r) => r.email },
    { header: t('registrations.phone'), value: (r) => r.phone || null },
    { header: t('registrations.audience'), value: (r) => r.audience, format: (value) => t(`audiences.${value}`) },
    { header: t('registrations.organisation'), value: (r) => r.organisation || null },
    { header: t('registrations.status'), value: (r) => r.status, format: (value) => t(`registrationStatuses.${value}`) },
    { header: t('registrations.position'), value: (r) => r.waitlistPosition },
    { header: t('registrations.registeredAt'), value: (r) => new Date(r.createdAt) },
    { header: t('registrations.checkedInAt'), value: (r) => (r.checkedInAt ? new Date(r.checkedInAt) : null) },
    { header: t('registrations.followUp'), value: (r) => r.followUp, format: (value) => t(`followUps.${value}`) },
    ...questions.map((question) => ({ header: question.label, value: (r: StaffRegistration) => answerText(r.answers[question.id], t) })),
  ];
}
