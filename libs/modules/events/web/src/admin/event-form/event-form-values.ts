import { dateToParis, parisDay, type AgendaItem, type Audience, type EventFormat, type EventInput, type EventKind, type Question, type QuestionType, type Quota } from '@ancrage/events-domain';

/** What the event form edits: API values, with numbers and lists as typed in inputs. */
export interface EventFormValues {
  title: string;
  summary: string;
  description: string;
  kind: EventKind;
  format: EventFormat;
  communeName: string;
  address: string;
  accessHints: string;
  onlineUrl: string;
  startsAt: string;
  endsAt: string;
  agenda: { startsAt: string; endsAt: string; title: string; place: string }[];
  audiences: Audience[];
  /** One organisation per line. */
  partners: string;
  /** Empty: no limit. */
  capacity: number | string;
  reservedPlaces: number | string;
  quotas: { audiences: Audience[]; places: number | string }[];
  registrationOpensAt: string;
  registrationClosesAt: string;
  questions: { id: string; label: string; type: QuestionType; required: boolean; /** One choice per line. */ options: string }[];
}

/** The fields an event has once saved (what `events.event` returns). */
export interface SavedEvent {
  title: string;
  summary: string;
  description: string;
  kind: EventKind;
  format: EventFormat;
  communeName: string;
  address: string;
  accessHints: string;
  onlineUrl: string;
  startsAt: Date | string;
  endsAt: Date | string;
  agenda: AgendaItem[];
  audiences: Audience[];
  partners: string[];
  capacity: number | null;
  reservedPlaces: number;
  quotas: Quota[];
  registrationOpensAt: Date | string | null;
  registrationClosesAt: Date | string | null;
  questions: Question[];
}

/** A new event: a welcome evening in four weeks, 18:30–22:00 Paris time. */
export function blankEvent(now = new Date()): EventFormValues {
  const day = parisDay(new Date(now.getTime() + 28 * 86_400_000));
  return {
    title: '',
    summary: '',
    description: '',
    kind: 'welcome-evening',
    format: 'in-person',
    communeName: '',
    address: '',
    accessHints: '',
    onlineUrl: '',
    startsAt: `${day}T18:30`,
    endsAt: `${day}T22:00`,
    agenda: [],
    audiences: ['interne'],
    partners: '',
    capacity: 30,
    reservedPlaces: 0,
    quotas: [],
    registrationOpensAt: '',
    registrationClosesAt: '',
    questions: [],
  };
}

const localOrEmpty = (instant: Date | string | null) => (instant ? dateToParis(instant) : '');

export function valuesOfEvent(event: SavedEvent): EventFormValues {
  return {
    title: event.title,
    summary: event.summary,
    description: event.description,
    kind: event.kind,
    format: event.format,
    communeName: event.communeName,
    address: event.address,
    accessHints: event.accessHints,
    onlineUrl: event.onlineUrl,
    startsAt: dateToParis(event.startsAt),
    endsAt: dateToParis(event.endsAt),
    agenda: event.agenda.map((item) => ({ startsAt: dateToParis(item.startsAt), endsAt: localOrEmpty(item.endsAt), title: item.title, place: item.place })),
    audiences: [...event.audiences],
    partners: event.partners.join('\n'),
    capacity: event.capacity ?? '',
    reservedPlaces: event.reservedPlaces,
    quotas: event.quotas.map((quota) => ({ audiences: [...quota.audiences], places: quota.places })),
    registrationOpensAt: localOrEmpty(event.registrationOpensAt),
    registrationClosesAt: localOrEmpty(event.registrationClosesAt),
    questions: event.questions.map((question) => ({ ...question, options: question.options.join('\n') })),
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** A typed number, or what zod will refuse with a clear message (never a silent zero). */
const numberOf = (value: number | string) => (typeof value === 'number' ? value : value.trim() === '' ? undefined : Number(value.replace(',', '.')));

/** The API input of the form's values, to validate with `eventInput` before sending. */
export function inputOfValues(values: EventFormValues): EventInput {
  const capacity = numberOf(values.capacity);
  return {
    ...values,
    partners: lines(values.partners),
    capacity: capacity === undefined ? null : capacity,
    reservedPlaces: numberOf(values.reservedPlaces) ?? 0,
    quotas: values.quotas.map((quota) => ({ audiences: quota.audiences, places: numberOf(quota.places) as number })),
    questions: values.questions.map((question) => ({ ...question, options: question.type === 'choice' || question.type === 'multiple' ? lines(question.options) : [] })),
  };
}

/** A question id not used yet by the event: the preset's name, or question-N. */
export function freeQuestionId(taken: readonly string[], wanted?: string): string {
  if (wanted && !taken.includes(wanted)) return wanted;
  let n = taken.length + 1;
  while (taken.includes(`question-${n}`)) n += 1;
  return `question-${n}`;
}
