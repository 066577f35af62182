import { z } from 'zod';
import { AUDIENCES, EVENT_FORMATS, EVENT_KINDS, EVENT_STATUSES, QUESTION_TYPES, type Audience } from './audiences';
import { PARIS_DATE_TIME_PATTERN, PARIS_DAY_PATTERN } from '@ancrage/i18n';

/** A wall-clock time in Paris, as typed in a form: "2026-11-20T18:30". */
export const parisDateTime = z.string().regex(PARIS_DATE_TIME_PATTERN, 'events:validation.dateTime');
const optionalParisDateTime = z.union([parisDateTime, z.literal('')]).default('');

const text = (max: number) => z.string().trim().max(max);

export const agendaItemInput = z.object({
  startsAt: parisDateTime,
  endsAt: optionalParisDateTime,
  title: text(200).min(2),
  place: text(200).default(''),
});
export type AgendaItemInput = z.input<typeof agendaItemInput>;

export const questionInput = z
  .object({
    /** Stable key of the answer (kept when the label is reworded). */
    id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'events:validation.questionId'),
    label: text(200).min(2),
    type: z.enum(QUESTION_TYPES),
    required: z.boolean().default(false),
    options: z.array(text(120).min(1)).max(30).default([]),
  })
  .superRefine((question, ctx) => {
    if ((question.type === 'choice' || question.type === 'multiple') && question.options.length < 2) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'events:validation.optionsNeeded' });
    }
    if (new Set(question.options).size !== question.options.length) ctx.addIssue({ code: 'custom', path: ['options'], message: 'events:validation.optionsUnique' });
  });
export type QuestionInput = z.input<typeof questionInput>;
export type Question = z.output<typeof questionInput>;

/** A cap on the places a group of audiences may take together ("15 places for students and internes"). */
export const quotaInput = z.object({
  audiences: z.array(z.enum(AUDIENCES)).min(1).max(AUDIENCES.length),
  places: z.number().int().min(1).max(100_000),
});
export type Quota = z.output<typeof quotaInput>;

const eventFields = z.object({
  title: text(160).min(3),
  summary: text(300).default(''),
  description: text(5000).default(''),
  kind: z.enum(EVENT_KINDS),
  format: z.enum(EVENT_FORMATS),
  communeName: text(120).default(''),
  address: text(300).default(''),
  accessHints: text(1000).default(''),
  onlineUrl: z.union([z.url({ protocol: /^https?$/, hostname: z.regexes.domain }), z.literal('')]).default(''),
  startsAt: parisDateTime,
  endsAt: parisDateTime,
  agenda: z.array(agendaItemInput).max(50).default([]),
  audiences: z.array(z.enum(AUDIENCES)).min(1).max(AUDIENCES.length),
  partners: z.array(text(160).min(2)).max(30).default([]),
  /** null: no limit (a webinar). */
  capacity: z.number().int().min(1).max(100_000).nullable(),
  /** Places kept for guests the officers add themselves; not offered on the portal. */
  reservedPlaces: z.number().int().min(0).max(100_000).default(0),
  quotas: z.array(quotaInput).max(10).default([]),
  registrationOpensAt: optionalParisDateTime,
  /** Empty: registration closes when the event starts. */
  registrationClosesAt: optionalParisDateTime,
  questions: z.array(questionInput).max(20).default([]),
});

type EventFields = z.output<typeof eventFields>;

/** Rules across fields, reported under the field to correct. */
function checkEvent(event: EventFields, ctx: z.RefinementCtx) {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  if (event.endsAt <= event.startsAt) issue(['endsAt'], 'events:validation.endsBeforeStart');
  if (event.format !== 'online' && !event.communeName && !event.address) issue(['communeName'], 'events:validation.placeRequired');
  if (event.format !== 'in-person' && !event.onlineUrl) issue(['onlineUrl'], 'events:validation.onlineUrlRequired');
  if (event.capacity !== null && event.reservedPlaces >= event.capacity) issue(['reservedPlaces'], 'events:validation.reservedTooMany');
  if (event.capacity === null && event.reservedPlaces > 0) issue(['reservedPlaces'], 'events:validation.reservedWithoutCapacity');
  const audiences = new Set<Audience>(event.audiences);
  if (audiences.size !== event.audiences.length) issue(['audiences'], 'events:validation.audiencesUnique');
  event.quotas.forEach((quota, index) => {
    if (quota.audiences.some((audience) => !audiences.has(audience))) issue(['quotas', index, 'audiences'], 'events:validation.quotaAudience');
    if (event.capacity !== null && quota.places > event.capacity) issue(['quotas', index, 'places'], 'events:validation.quotaTooLarge');
  });
  if (event.registrationOpensAt && event.registrationClosesAt && event.registrationClosesAt <= event.registrationOpensAt) {
    issue(['registrationClosesAt'], 'events:validation.closesBeforeOpens');
  }
  if (event.registrationClosesAt && event.registrationClosesAt > event.endsAt) issue(['registrationClosesAt'], 'events:validation.closesAfterEnd');
  if (event.registrationOpensAt && event.registrationOpensAt >= event.endsAt) issue(['registrationOpensAt'], 'events:validation.opensAfterEnd');
  const firstDay = event.startsAt.slice(0, 10);
  event.agenda.forEach((item, index) => {
    if (item.startsAt.slice(0, 10) < firstDay || item.startsAt > event.endsAt) issue(['agenda', index, 'startsAt'], 'events:validation.agendaOutside');
    if (item.endsAt && item.endsAt <= item.startsAt) issue(['agenda', index, 'endsAt'], 'events:validation.endsBeforeStart');
  });
  const ids = event.questions.map((question) => question.id);
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) issue(['questions', index, 'id'], 'events:validation.questionIdTaken');
  });
}

/** Input of `createEvent`: times are Paris wall-clock times. */
export const eventInput = eventFields.superRefine(checkEvent);
export type EventInput = z.input<typeof eventInput>;
export type EventValues = z.output<typeof eventInput>;

/** Input of `updateEvent`. */
export const eventUpdateInput = eventFields.extend({ id: z.uuid() }).superRefine(checkEvent);

export const eventId = z.object({ id: z.uuid() });

export const eventStatusInput = z.object({ id: z.uuid(), status: z.enum(EVENT_STATUSES) });

/** Filters of the public listing; days are Paris days, both included. */
export const publicEventsInput = z
  .object({
    audience: z.enum(AUDIENCES).optional(),
    kind: z.enum(EVENT_KINDS).optional(),
    from: z.string().regex(PARIS_DAY_PATTERN).optional(),
    to: z.string().regex(PARIS_DAY_PATTERN).optional(),
  })
  .default({});
export type PublicEventsInput = z.input<typeof publicEventsInput>;

/** Filters of the back-office list. */
export const adminEventsInput = z
  .object({
    status: z.enum(EVENT_STATUSES).optional(),
    year: z.number().int().min(2000).max(2100).optional(),
  })
  .default({});

export const yearInput = z.object({ year: z.number().int().min(2000).max(2100) });

/** The closing report: minutes, organisations present and the satisfaction survey (answers per score 1 to 5). */
export const closingReportInput = z.object({
  eventId: z.uuid(),
  minutes: text(20_000).default(''),
  organisations: z.array(text(160).min(2)).max(100).default([]),
  satisfaction: z.array(z.number().int().min(0).max(100_000)).length(5).default([0, 0, 0, 0, 0]),
  satisfactionComments: text(5000).default(''),
});
export type ClosingReportInput = z.input<typeof closingReportInput>;

/** An agenda item as stored and served: instants in ISO 8601 (UTC). */
export interface AgendaItem {
  startsAt: string;
  endsAt: string | null;
  title: string;
  place: string;
}
