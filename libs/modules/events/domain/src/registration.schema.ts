import { z } from 'zod';
import { AUDIENCES, FOLLOW_UPS, type Audience } from './audiences';
import type { Question } from './event.schema';

const text = (max: number) => z.string().trim().max(max);

export const emailAddress = z.string().trim().toLowerCase().max(254).pipe(z.email());

/** An answer to a registration question: text, one choice, several choices or yes/no. */
export const answerValue = z.union([text(2000), z.array(text(200)).max(30), z.boolean()]);
export type AnswerValue = z.output<typeof answerValue>;
export type Answers = Record<string, AnswerValue>;

const personFields = {
  firstName: text(80).min(1),
  lastName: text(80).min(1),
  email: emailAddress,
  phone: z.union([z.string().trim().regex(/^\+?[\d\s.()-]{6,25}$/, 'events:validation.phone'), z.literal('')]).default(''),
  audience: z.enum(AUDIENCES),
  organisation: text(160).default(''),
  answers: z.record(z.string().max(40), answerValue).default({}),
};

/** Input of the portal's `register`: the person, their answers and their consent. */
export const registrationInput = z.object({
  eventId: z.uuid(),
  ...personFields,
  consent: z.literal(true, { message: 'events:validation.consent' }),
});
export type RegistrationInput = z.input<typeof registrationInput>;

/** Input of the back-office's `addRegistration` (a guest on a reserved place, a walk-in). */
export const staffRegistrationInput = z.object({
  eventId: z.uuid(),
  ...personFields,
  /** Sends the confirmation email (with ticket) to the person. */
  notify: z.boolean().default(true),
});
export type StaffRegistrationInput = z.input<typeof staffRegistrationInput>;

/** The answers to an event's questions: required ones present, choices among the options, nothing unknown. */
export function answersSchema(questions: readonly Question[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const question of questions) {
    let answer: z.ZodType;
    switch (question.type) {
      case 'text': {
        const typed = z.string({ message: 'events:validation.answerRequired' }).trim().max(2000);
        answer = question.required ? typed.min(1, 'events:validation.answerRequired') : typed;
        break;
      }
      case 'choice': {
        const error = (issue: { input?: unknown }) => (issue.input === undefined ? 'events:validation.answerRequired' : 'events:validation.answerChoice');
        const choice = z.enum(question.options as [string, ...string[]], { error });
        answer = question.required ? choice : z.union([choice, z.literal('')], { error });
        break;
      }
      case 'multiple': {
        const choices = z.array(z.enum(question.options as [string, ...string[]], { message: 'events:validation.answerChoice' }), { message: 'events:validation.answerRequired' });
        answer = question.required ? choices.min(1, 'events:validation.answerRequired') : choices;
        break;
      }
      case 'yes-no':
        answer = z.boolean({ message: 'events:validation.answerRequired' });
        break;
    }
    shape[question.id] = question.required ? answer : answer.optional();
  }
  return z.strictObject(shape, { message: 'events:validation.answerUnknown' });
}

/** What depends on the event: an audience it is open to, and valid answers to its questions. */
export function registrationDetailsSchema(event: { audiences: readonly Audience[]; questions: readonly Question[] }) {
  return z.object({
    audience: z.enum(event.audiences as [Audience, ...Audience[]], { message: 'events:validation.audienceNotInvited' }),
    answers: answersSchema(event.questions),
  });
}

export const registrationId = z.object({ id: z.uuid() });
export const eventRegistrations = z.object({ eventId: z.uuid() });

/** The secret of a personal registration link (emailed, stored hashed). */
export const accessTokenInput = z.object({ token: z.string().min(20).max(200) });

export const checkInInput = z.object({ eventId: z.uuid(), registrationId: z.uuid() });
/** What the camera read from a personal QR code. */
export const checkInByTokenInput = z.object({ eventId: z.uuid(), token: z.string().trim().min(10).max(200) });

export const followUpInput = z.object({ id: z.uuid(), followUp: z.enum(FOLLOW_UPS) });
