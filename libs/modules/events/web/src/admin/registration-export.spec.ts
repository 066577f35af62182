import { describe, expect, it } from 'vitest';
import { createI18n, platformResources } from '@ancrage/i18n';
import { eventsModule } from '@ancrage/events-domain';
import { answerText, registrationExportColumns, type StaffRegistration } from './registration-export';

const i18n = createI18n({ namespaces: { ...platformResources, events: eventsModule.locales } });
const t = i18n.getFixedT('fr', 'events');

const registration = {
  firstName: 'Lou',
  lastName: 'Exemple',
  email: 'lou@example.org',
  phone: '',
  audience: 'interne',
  organisation: '',
  status: 'waiting',
  waitlistPosition: 2,
  createdAt: new Date('2026-11-02T10:00:00Z'),
  checkedInAt: null,
  followUp: 'none',
  answers: { housing: true, diet: ['Végétarien', 'Sans gluten'] },
} as unknown as StaffRegistration;

describe('registrations export', () => {
  it('writes labels, dates as dates, and one column per question', () => {
    const columns = registrationExportColumns(
      [
        { id: 'housing', label: 'Hébergement', type: 'yes-no', required: false, options: [] },
        { id: 'diet', label: 'Régime', type: 'multiple', required: false, options: ['Végétarien', 'Sans gluten'] },
        { id: 'faculty', label: 'Faculté', type: 'text', required: false, options: [] },
      ],
      t,
    );
    expect(columns.map((c) => c.header).slice(-3)).toEqual(['Hébergement', 'Régime', 'Faculté']);
    const row = columns.map((column) => {
      const value = column.value(registration);
      return typeof value === 'string' && column.format ? column.format(value) : value;
    });
    expect(row).toEqual(['Exemple', 'Lou', 'lou@example.org', null, 'Interne', null, "Liste d'attente", 2, new Date('2026-11-02T10:00:00Z'), null, 'Aucune suite', 'Oui', 'Végétarien, Sans gluten', null]);
  });

  it('leaves unanswered questions empty', () => {
    expect(answerText(undefined, t)).toBeNull();
    expect(answerText(false, t)).toBe('Non');
  });
});
