import type { Profile } from '../profile.schema';
import { areaCommunes } from './area';
import type { ConditionOutcome } from './explanation';
import type { Condition, GeoSnapshot } from './rule.schema';

const inRange = (value: number, range: { min?: number; max?: number }) =>
  (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);

const verdict = (holds: boolean): ConditionOutcome => (holds ? 'held' : 'failed');

/** Whether one condition holds for a profile; `missing` when the profile does not give what it tests. */
export function conditionOutcome(condition: Condition, profile: Profile, geo: GeoSnapshot): ConditionOutcome {
  switch (condition.type) {
    case 'status':
      return verdict(condition.in.includes(profile.status));
    case 'profession':
      return verdict(condition.in.includes(profile.profession));
    case 'specialty':
      return profile.specialty === undefined ? 'missing' : verdict(condition.in.includes(profile.specialty));
    case 'year-of-study':
      return profile.yearOfStudy === undefined ? 'missing' : verdict(inRange(profile.yearOfStudy, condition.range));
    case 'age':
      return profile.age === undefined ? 'missing' : verdict(inRange(profile.age, condition.range));
    case 'practice-area':
      return profile.practiceCommune === undefined ? 'missing' : verdict(areaCommunes(condition.area, geo).has(profile.practiceCommune));
    case 'practice-mode':
      return profile.practiceMode === undefined ? 'missing' : verdict(condition.in.includes(profile.practiceMode));
    case 'commitment-years':
      return profile.commitmentYearsAccepted === undefined ? 'missing' : verdict(profile.commitmentYearsAccepted >= condition.min);
    case 'not-receiving': {
      const receiving = new Set<string>(profile.receiving ?? []);
      return verdict(condition.schemes.every((reference) => !receiving.has(reference)));
    }
  }
}
