import { z } from 'zod';
import { BODY_KINDS, bodyRulesSchema } from '../rules/body-rules';
import { MEMBER_KINDS, MEMBER_SECTORS, sectorsAllowed } from '../rules/public-majority';
import { cents, name, optionalDay, optionalEmail, text } from './common';

export const gipInput = z.object({
  name: name(200),
  purpose: text(4000).default(''),
  seatAddress: text(300).default(''),
  /** Empty: created for an indefinite duration. */
  durationYears: z.number().int().min(1).max(99).nullable().default(null),
});
export const gipUpdateInput = gipInput.extend({ id: z.uuid() });

export const CONTRIBUTION_MODES = ['share', 'fixed', 'none'] as const;
export const CONTRIBUTION_KINDS = ['cash', 'in-kind', 'mixed'] as const;

export const memberInput = z
  .object({
    gipId: z.uuid(),
    name: name(200),
    kind: z.enum(MEMBER_KINDS),
    sector: z.enum(MEMBER_SECTORS),
    /** Observers (the ARS, say) attend without voting rights or contributions. */
    observer: z.boolean().default(false),
    /** Votes in the general assembly, as the convention states them. */
    votingRights: z.number().int().min(0).max(10_000),
    /** How the convention fixes the yearly contribution: a share of the budget (basis points), a fixed amount, or none. */
    contributionMode: z.enum(CONTRIBUTION_MODES).default('none'),
    contributionShareBp: z.number().int().min(0).max(10_000).default(0),
    contributionFixedCents: cents.default(0),
    contributionKind: z.enum(CONTRIBUTION_KINDS).default('cash'),
    contactEmail: optionalEmail,
    joinedOn: optionalDay,
  })
  .superRefine((member, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (!sectorsAllowed(member.kind).includes(member.sector)) issue('sector', 'centre-governance:validation.sectorOfKind');
    if (member.observer && member.votingRights > 0) issue('votingRights', 'centre-governance:validation.observerVotes');
    if (member.contributionMode === 'share' && member.contributionShareBp === 0) issue('contributionShareBp', 'centre-governance:validation.shareRequired');
    if (member.contributionMode === 'fixed' && member.contributionFixedCents === 0) issue('contributionFixedCents', 'centre-governance:validation.amountRequired');
  });
export type MemberInput = z.input<typeof memberInput>;
export const memberUpdateInput = z.object({ id: z.uuid(), member: memberInput });

export const bodyInput = z.object({
  gipId: z.uuid(),
  kind: z.enum(BODY_KINDS),
  name: name(120),
  rules: bodyRulesSchema,
});
export type BodyInput = z.input<typeof bodyInput>;
export const bodyRulesInput = z.object({ id: z.uuid(), rules: bodyRulesSchema });

/** The seats of a body: who sits and with how many votes (0: a seat without vote). */
export const seatsInput = z.object({
  bodyId: z.uuid(),
  seats: z
    .array(z.object({ memberId: z.uuid(), votes: z.number().int().min(0).max(10_000) }))
    .max(200)
    .refine((seats) => new Set(seats.map((seat) => seat.memberId)).size === seats.length, 'centre-governance:validation.seatTwice'),
});

export const CONVENTION_VERSION_KINDS = ['original', 'amendment'] as const;

/** The convention constitutive or one of its avenants, with its approval (arrêté) and, if any, its file. */
export const conventionVersionInput = z
  .object({
    gipId: z.uuid(),
    kind: z.enum(CONVENTION_VERSION_KINDS),
    title: name(200),
    summary: text(4000).default(''),
    signedOn: optionalDay,
    approvedOn: optionalDay,
    publishedOn: optionalDay,
    deliberationId: z.uuid().nullable().default(null),
    fileId: z.uuid().nullable().default(null),
  })
  .refine((version) => !version.approvedOn || !version.signedOn || version.approvedOn >= version.signedOn, {
    message: 'centre-governance:validation.approvedBeforeSigned',
    path: ['approvedOn'],
  });
export type ConventionVersionInput = z.input<typeof conventionVersionInput>;

