import { z } from 'zod';
import { ATTENDANCE_STATUSES } from '../rules/attendance';
import { DECISION_KINDS } from '../rules/body-rules';
import { name, parisDateTime, text } from './common';

export const meetingInput = z.object({
  bodyId: z.uuid(),
  title: name(200),
  startsAt: parisDateTime,
  place: text(300).default(''),
  /** 2 when the meeting is convened again after a first one without quorum. */
  round: z.union([z.literal(1), z.literal(2)]).default(1),
  chairMemberId: z.uuid().nullable().default(null),
});
export type MeetingInput = z.input<typeof meetingInput>;
export const meetingUpdateInput = meetingInput.omit({ bodyId: true }).extend({ id: z.uuid() });

export const meetingStatusInput = z.object({ id: z.uuid(), status: z.enum(['held', 'cancelled']) });

export const deliberationInput = z.object({
  meetingId: z.uuid(),
  title: name(300),
  decisionKind: z.enum(DECISION_KINDS).default('ordinary'),
  /** The text submitted to the vote ("Le conseil d'administration approuve…"). */
  text: text(20_000).default(''),
});
export type DeliberationInput = z.input<typeof deliberationInput>;

export const attendanceInput = z.object({
  meetingId: z.uuid(),
  entries: z
    .array(
      z.object({
        memberId: z.uuid(),
        status: z.enum(ATTENDANCE_STATUSES),
        proxyHolderId: z.uuid().nullable().default(null),
      }),
    )
    .max(200),
});
export type AttendanceInput = z.input<typeof attendanceInput>;

const votes = z.number().int().min(0).max(10_000);

/**
 * Ballots of members on a deliberation (replacing theirs if already recorded).
 * `expectedVersion`, when given, refuses the recording if someone else
 * recorded votes since the page was loaded.
 */
export const votesInput = z.object({
  deliberationId: z.uuid(),
  expectedVersion: z.number().int().min(0).optional(),
  ballots: z
    .array(z.object({ memberId: z.uuid(), for: votes, against: votes, abstention: votes }))
    .min(1)
    .max(200),
});
export type VotesInput = z.input<typeof votesInput>;

export const closeDeliberationInput = z.object({ id: z.uuid(), expectedVersion: z.number().int().min(0).optional() });

export const registerInput = z.object({ gipId: z.uuid(), year: z.number().int().min(2000).max(2100) });
