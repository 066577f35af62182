import type { TRPCRouterRecord } from '@trpc/server';
import { activityProcedures } from './activity/activity.procedures';
import { centreProcedures } from './centres/centre.procedures';
import { documentProcedures } from './documents/document.procedures';
import { financeProcedures } from './finance/finance.procedures';
import { gipProcedures } from './gip/gip.procedures';
import { meetingProcedures } from './meetings/meeting.procedures';
import { minutesProcedures } from './meetings/minutes.procedures';
import { voteProcedures } from './meetings/vote.procedures';
import { portalProcedures } from './portal.procedures';
import { staffProcedures } from './staff/staff.procedures';

/** Every procedure of the module, under `centre-governance.` in the app router. */
export const centreGovernanceRouter = {
  ...portalProcedures,
  ...centreProcedures,
  ...documentProcedures,
  ...gipProcedures,
  ...meetingProcedures,
  ...voteProcedures,
  ...minutesProcedures,
  ...staffProcedures,
  ...financeProcedures,
  ...activityProcedures,
} satisfies TRPCRouterRecord;
