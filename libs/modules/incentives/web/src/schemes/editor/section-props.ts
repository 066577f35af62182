import type { SchemeContent } from '@ancrage/incentives-domain';
import type { LocalSchemeChoice, TerritoryChoices } from '../../admin-common/territory-choices';

/** What each part of the scheme editor receives. */
export interface SectionProps {
  content: SchemeContent;
  change: (patch: Partial<SchemeContent>) => void;
  /** Validation message at a path of the content ("amount.amountCents"). */
  errorOf: (path: string) => string | undefined;
}

export interface ChoicesProps {
  territory: TerritoryChoices;
  /** The tenant's other schemes (a scheme never references itself). */
  localSchemes: readonly LocalSchemeChoice[];
}
