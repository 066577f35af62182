import { describe, expect, it } from 'vitest';
import { eventInput, questionInput } from './event.schema';
import { answersSchema, registrationInput } from './registration.schema';

const base = {
  title: 'Soirée des internes',
  kind: 'welcome-evening',
  format: 'in-person',
  communeName: 'Verdun',
  startsAt: '2026-11-20T18:30',
  endsAt: '2026-11-20T22:00',
  audiences: ['interne'],
  capacity: 30,
} as const;

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('event input', () => {
  it('fills the defaults of a minimal event', () => {
    expect(eventInput.parse(base)).toMatchObject({ summary: '', agenda: [], partners: [], reservedPlaces: 0, quotas: [], questions: [], registrationOpensAt: '', onlineUrl: '' });
  });

  it('refuses times that are not Paris wall-clock times, and unsafe links', () => {
    expect(issues(eventInput.safeParse({ ...base, startsAt: '2026-11-20 18:30', format: 'online', onlineUrl: 'javascript:alert(1)' }))).toMatchObject({
      startsAt: 'events:validation.dateTime',
    });
    expect(eventInput.safeParse({ ...base, format: 'online', onlineUrl: 'javascript:alert(1)' }).success).toBe(false);
    expect(eventInput.safeParse({ ...base, format: 'online', communeName: '', onlineUrl: 'https://visio.example.org/salle' }).success).toBe(true);
  });

  it('asks for a place in person and a link online', () => {
    expect(issues(eventInput.safeParse({ ...base, communeName: '' }))).toEqual({ communeName: 'events:validation.placeRequired' });
    expect(issues(eventInput.safeParse({ ...base, format: 'hybrid' }))).toEqual({ onlineUrl: 'events:validation.onlineUrlRequired' });
  });

  it('keeps agenda items within the event and question ids unique', () => {
    const result = eventInput.safeParse({
      ...base,
      agenda: [{ startsAt: '2026-11-19T18:00', title: 'Veille' }],
      questions: [
        { id: 'faculty', label: 'Faculté', type: 'text' },
        { id: 'faculty', label: 'Encore', type: 'text' },
      ],
    });
    expect(issues(result)).toEqual({ 'agenda.0.startsAt': 'events:validation.agendaOutside', 'questions.1.id': 'events:validation.questionIdTaken' });
  });

  it('needs two distinct options for a choice question', () => {
    expect(issues(questionInput.safeParse({ id: 'transport', label: 'Transport', type: 'choice', options: ['Train', 'Train'] }))).toEqual({
      options: 'events:validation.optionsUnique',
    });
  });
});

describe('registration input and answers', () => {
  const questions = [
    questionInput.parse({ id: 'faculty', label: 'Faculté', type: 'text', required: true }),
    questionInput.parse({ id: 'semester', label: 'Semestre', type: 'choice', options: ['1er', '2e'] }),
    questionInput.parse({ id: 'diet', label: 'Régime', type: 'multiple', options: ['Végétarien', 'Sans gluten'] }),
    questionInput.parse({ id: 'housing', label: 'Hébergement', type: 'yes-no', required: true }),
  ];

  it('accepts valid answers and leaves optional ones out', () => {
    const schema = answersSchema(questions);
    expect(schema.parse({ faculty: ' Nancy ', housing: false })).toEqual({ faculty: 'Nancy', housing: false });
    expect(schema.parse({ faculty: 'Reims', semester: '', diet: ['Végétarien'], housing: true })).toMatchObject({ diet: ['Végétarien'] });
  });

  it('names each wrong answer', () => {
    expect(issues(answersSchema(questions).safeParse({ faculty: '  ', semester: '3e', diet: ['Vegan'], extra: 'x' }))).toEqual({
      faculty: 'events:validation.answerRequired',
      semester: 'events:validation.answerChoice',
      'diet.0': 'events:validation.answerChoice',
      housing: 'events:validation.answerRequired',
      '': 'events:validation.answerUnknown',
    });
  });

  it('normalises the address and requires consent', () => {
    const parsed = registrationInput.safeParse({ eventId: '7d3f2c1e-0000-4000-8000-000000000001', firstName: 'Lou', lastName: 'Martin', email: ' Lou@Example.ORG ', audience: 'interne', consent: true });
    expect(parsed.success && parsed.data.email).toBe('lou@example.org');
    expect(issues(registrationInput.safeParse({ eventId: '7d3f2c1e-0000-4000-8000-000000000001', firstName: 'Lou', lastName: 'Martin', email: 'lou', audience: 'interne', consent: false }))).toMatchObject({
      consent: 'events:validation.consent',
    });
  });
});
