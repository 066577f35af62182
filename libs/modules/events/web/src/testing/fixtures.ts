// Fictitious answers of the events API, shaped as the procedures return them.
import type { StaffRegistration } from '../admin/registration-export';
export const EVENT_ID = '6f1c2a9e-0000-4000-8000-000000000001';

export const publicEvent = {
  id: EVENT_ID,
  title: "Soirée d'accueil des internes (fictive)",
  summary: 'Rencontres et buffet.',
  kind: 'welcome-evening' as const,
  format: 'in-person' as const,
  status: 'published' as const,
  communeName: 'Verdun',
  startsAt: new Date('2027-05-20T16:30:00Z'),
  endsAt: new Date('2027-05-20T20:00:00Z'),
  audiences: ['interne' as const, 'docteur-junior' as const],
  placesLeft: 3,
  waiting: 0,
  registration: 'open' as const,
  registrationOpensAt: null,
  registrationClosesAt: new Date('2027-05-19T10:00:00Z'),
  description: 'Présentation des aides et témoignages.',
  address: 'Salle des fêtes (fictive)',
  accessHints: 'Parking gratuit.',
  agenda: [{ startsAt: '2027-05-20T17:00:00.000Z', endsAt: null, title: 'Buffet', place: '' }],
  partners: ['Faculté (partenaire fictif)'],
  questions: [
    { id: 'faculty', label: 'Faculté de rattachement', type: 'text' as const, required: true, options: [] },
    { id: 'semester', label: 'Semestre', type: 'choice' as const, required: false, options: ['1er', '2e'] },
  ],
};

export function staffRegistration(n: number, overrides: Partial<StaffRegistration> = {}): StaffRegistration {
  return {
    id: `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`,
    eventId: EVENT_ID,
    firstName: ['Camille', 'Hélène', 'Lou'][n % 3] ?? 'Camille',
    lastName: `Exemple${n} (fictif)`,
    email: `personne${n}@example.org`,
    phone: '',
    audience: 'interne',
    organisation: '',
    answers: { faculty: 'Nancy' },
    locale: 'fr',
    status: 'confirmed',
    waitlistPosition: null,
    source: 'portal',
    createdAt: new Date('2027-05-01T08:00:00Z'),
    confirmedAt: new Date('2027-05-01T08:00:00Z'),
    promotedAt: null,
    cancelledAt: null,
    checkedInAt: null,
    checkedInBy: null,
    remindedAt: null,
    followUp: 'none',
    erasedAt: null,
    ...overrides,
  };
}

export const managedEvent = {
  ...publicEvent,
  tenantId: 't',
  onlineUrl: '',
  capacity: 20,
  reservedPlaces: 0,
  quotas: [],
  waitlistSequence: 1,
  publishedAt: new Date('2027-04-01T08:00:00Z'),
  createdAt: new Date('2027-04-01T08:00:00Z'),
  updatedAt: new Date('2027-04-01T08:00:00Z'),
  confirmed: 2,
  waiting: 1,
  cancelled: 0,
  attended: 1,
  contacts: 0,
  projects: 0,
  kpis: { registrations: 3, attendance: 0.5, contact: 0, project: 0 },
};
