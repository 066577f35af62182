import type { TRPCRouterRecord } from '@trpc/server';
import { applicationProcedures } from './applications/application.procedures';
import { candidateProcedures } from './applications/candidate.procedures';
import { budgetProcedures } from './budget/budget.procedures';
import { committeeProcedures } from './committee/committee.procedures';
import { paymentProcedures } from './payments/payment.procedures';
import { portalProcedures } from './portal/portal.procedures';
import { schemeProcedures } from './schemes/scheme.procedures';

/** One flat record: schemes and budget (admin), portal (public), candidates (accounts), instruction (officers). */
export const incentivesRouter = {
  ...schemeProcedures,
  ...budgetProcedures,
  ...portalProcedures,
  ...candidateProcedures,
  ...applicationProcedures,
  ...committeeProcedures,
  ...paymentProcedures,
} satisfies TRPCRouterRecord;
