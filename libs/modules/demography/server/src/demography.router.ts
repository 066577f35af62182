import type { TRPCRouterRecord } from '@trpc/server';
import { accessibilityProcedures } from './accessibility/accessibility.procedures';
import { ageProcedures } from './ages/age.procedures';
import { geometryProcedures } from './geometry/geometry.procedures';
import { importProcedures } from './import/import.procedures';
import { indicatorProcedures } from './indicators/indicator.procedures';
import { referenceValueProcedures } from './indicators/reference-value.procedures';
import { portalProcedures } from './portal/portal.procedures';

export const demographyRouter = {
  ...importProcedures,
  ...indicatorProcedures,
  ...referenceValueProcedures,
  ...accessibilityProcedures,
  ...ageProcedures,
  ...geometryProcedures,
  ...portalProcedures,
} satisfies TRPCRouterRecord;
