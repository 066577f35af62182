/** What the area pickers offer, as `territoryChoices` answers it. */
export interface TerritoryChoices {
  communes: readonly { code: string; name: string; epciCode: string | null }[];
  epcis: readonly { code: string; name: string }[];
  perimeters: readonly { id: string; name: string; kind: string }[];
}

/** Another local scheme a rule or an incompatibility may name. */
export interface LocalSchemeChoice {
  id: string;
  name: { fr: string; en: string };
}
