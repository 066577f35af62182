// Factories for tests (this module's and others'): valid inputs with Paris times relative to now.
import { dateToParis, type EventInput, type RegistrationInput } from '@ancrage/events-domain';

const DAY = 86_400_000;

/** "YYYY-MM-DDTHH:mm" in Paris, `days` from now (fractions allowed). */
export function parisIn(days: number, now = new Date()): string {
  return dateToParis(new Date(now.getTime() + days * DAY));
}

/** A welcome evening for internes in two weeks, 10 places, published by the caller if needed. */
export function eventInputFor(overrides: Partial<EventInput> = {}): EventInput {
  const day = parisIn(14).slice(0, 10);
  return {
    title: 'Soirée des internes (test)',
    summary: 'Rencontres et buffet.',
    kind: 'welcome-evening',
    format: 'in-person',
    communeName: 'Verdun',
    address: '1 place de la Nation',
    startsAt: `${day}T18:30`,
    endsAt: `${day}T22:00`,
    audiences: ['interne', 'docteur-junior', 'student'],
    capacity: 10,
    questions: [
      { id: 'faculty', label: 'Faculté', type: 'text', required: true },
      { id: 'semester', label: 'Semestre', type: 'choice', required: false, options: ['1er', '2e', '3e'] },
    ],
    ...overrides,
  };
}

/** A visitor's registration to `eventId`; `n` makes the name and address unique. */
export function registrationFor(eventId: string, n: number, overrides: Partial<RegistrationInput> = {}): RegistrationInput {
  return {
    eventId,
    firstName: `Interne${n}`,
    lastName: 'Fictif',
    email: `interne${n}@example.org`,
    audience: 'interne',
    answers: { faculty: 'Nancy' },
    consent: true,
    ...overrides,
  };
}
