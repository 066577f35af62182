import { describe, expect, it } from 'vitest';
import { eventInput } from '@ancrage/events-domain';
import { blankEvent, freeQuestionId, inputOfValues, valuesOfEvent } from './event-form-values';

describe('event form values', () => {
  it('starts a valid new event once titled and placed', () => {
    const values = { ...blankEvent(new Date('2026-11-23T10:00:00Z')), title: 'Soirée', communeName: 'Verdun' };
    expect(values.startsAt).toBe('2026-12-21T18:30');
    expect(eventInput.safeParse(inputOfValues(values)).success).toBe(true);
  });

  it('turns typed lists and numbers into the API input, an empty capacity meaning no limit', () => {
    const values = {
      ...blankEvent(),
      title: 'Webinaire',
      capacity: '',
      reservedPlaces: '',
      partners: ' ARS \n\nCPTS ',
      quotas: [{ audiences: ['interne' as const], places: '12' }],
      questions: [{ id: 'transport', label: 'Transport', type: 'choice' as const, required: true, options: 'Train\n Voiture \n' }],
    };
    expect(inputOfValues(values)).toMatchObject({ capacity: null, reservedPlaces: 0, partners: ['ARS', 'CPTS'], quotas: [{ places: 12 }], questions: [{ options: ['Train', 'Voiture'] }] });
  });

  it('shows saved instants in Paris time and round-trips them', () => {
    const values = valuesOfEvent({
      title: 'Soirée',
      summary: '',
      description: '',
      kind: 'welcome-evening',
      format: 'in-person',
      communeName: 'Verdun',
      address: '',
      accessHints: '',
      onlineUrl: '',
      agenda: [{ startsAt: '2026-07-01T16:30:00.000Z', endsAt: null, title: 'Accueil', place: '' }],
      startsAt: new Date('2026-07-01T16:30:00Z'),
      endsAt: new Date('2026-07-01T20:00:00Z'),
      audiences: ['interne'],
      partners: [],
      capacity: 30,
      reservedPlaces: 0,
      quotas: [],
      registrationOpensAt: null,
      registrationClosesAt: new Date('2026-06-30T10:00:00Z'),
      questions: [],
    });
    expect(values).toMatchObject({ startsAt: '2026-07-01T18:30', endsAt: '2026-07-01T22:00', registrationClosesAt: '2026-06-30T12:00', agenda: [{ startsAt: '2026-07-01T18:30', endsAt: '' }] });
  });

  it('gives each new question a free id', () => {
    expect(freeQuestionId(['faculty'], 'faculty')).toBe('question-2');
    expect(freeQuestionId([], 'transport')).toBe('transport');
    expect(freeQuestionId(['question-2'])).toBe('question-3');
  });
});
