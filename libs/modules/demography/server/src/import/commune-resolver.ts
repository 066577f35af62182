import { matchName, type RppsSituation } from '@ancrage/demography-domain';
import type { StudyAreaCommune } from '../study-area/study-area.repository';

export type Resolution =
  | { kind: 'kept'; communeCode: string; resolvedBy: 'code' | 'postcode' | 'label' }
  | { kind: 'unresolved' }
  | { kind: 'outside' };

/**
 * Places a practice situation in a commune of the study area: by its INSEE
 * code, else by its postcode (alone when it serves one commune, or with the
 * town of the address). Rows of other départements are left out.
 */
export function communeResolver(communes: readonly StudyAreaCommune[]) {
  const codes = new Set(communes.map((c) => c.code));
  const departements = new Set(communes.map((c) => c.departementCode));
  const byPostcode = new Map<string, StudyAreaCommune[]>();
  for (const commune of communes) {
    for (const postcode of commune.postalCodes) byPostcode.set(postcode, [...(byPostcode.get(postcode) ?? []), commune]);
  }

  return (situation: RppsSituation): Resolution => {
    if (situation.communeCode) return codes.has(situation.communeCode) ? { kind: 'kept', communeCode: situation.communeCode, resolvedBy: 'code' } : { kind: 'outside' };
    if (situation.postalCode) {
      const candidates = byPostcode.get(situation.postalCode);
      if (!candidates) return { kind: 'outside' };
      const [only] = candidates;
      if (candidates.length === 1 && only) return { kind: 'kept', communeCode: only.code, resolvedBy: 'postcode' };
      const town = situation.communeLabel ? matchName(situation.communeLabel) : null;
      const named = town ? candidates.find((c) => c.matchName === town) : undefined;
      return named ? { kind: 'kept', communeCode: named.code, resolvedBy: 'label' } : { kind: 'unresolved' };
    }
    return situation.departementCode && departements.has(situation.departementCode) ? { kind: 'unresolved' } : { kind: 'outside' };
  };
}
