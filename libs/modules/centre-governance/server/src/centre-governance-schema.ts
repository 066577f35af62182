import type { ColumnType, Generated } from 'kysely';

export interface CentreGovernanceItemTable {
  tenantId: string;
  id: Generated<string>;
  name: string;
  description: string;
  createdAt: ColumnType<Date, never, never>;
  updatedAt: ColumnType<Date, Date | undefined, Date>;
}

/** This module's tables, as Kysely sees them (snake_case in SQL, camelCase here). */
export interface CentreGovernanceDatabase {
  centreGovernanceItem: CentreGovernanceItemTable;
}
