import type { ColumnType, Generated } from 'kysely';

export interface TerritoryEpciTable {
  tenantId: string;
  code: string;
  name: string;
  kind: string;
  population: number;
}

export interface TerritoryCommuneTable {
  tenantId: string;
  code: string;
  name: string;
  searchName: string;
  population: number;
  postalCodes: string[];
  epciCode: string | null;
}

export interface TerritoryPerimeterTable {
  tenantId: string;
  id: Generated<string>;
  name: string;
  kind: string;
  description: string;
  createdAt: ColumnType<Date, never, never>;
  updatedAt: ColumnType<Date, Date | undefined, Date>;
}

export interface TerritoryPerimeterCommuneTable {
  tenantId: string;
  perimeterId: string;
  communeCode: string;
}

export interface TerritoryDatabase {
  territoryEpci: TerritoryEpciTable;
  territoryCommune: TerritoryCommuneTable;
  territoryPerimeter: TerritoryPerimeterTable;
  territoryPerimeterCommune: TerritoryPerimeterCommuneTable;
}
