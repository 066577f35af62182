import { describe, expect, it } from 'vitest';
import { profileInput } from '@ancrage/incentives-domain';
import { profileFromDraft } from '../common/profile-draft';
import { draftFromQuery, queryFromDraft } from './profile-query';

describe('a situation in the address', () => {
  it('round-trips every answer, and only the answered ones appear', () => {
    const query = new URLSearchParams('status=interne&profession=medecin&specialty=medecine-generale&year=8&age=27&commune=55545&mode=liberal&commitment=5&receiving=national%3Acesp');
    const draft = draftFromQuery(query);
    expect(profileInput.parse(profileFromDraft(draft))).toEqual({
      status: 'interne',
      profession: 'medecin',
      specialty: 'medecine-generale',
      yearOfStudy: 8,
      age: 27,
      practiceCommune: '55545',
      practiceMode: 'liberal',
      commitmentYearsAccepted: 5,
      receiving: ['national:cesp'],
    });
    expect(queryFromDraft(draft).toString()).toBe(query.toString());
    expect(queryFromDraft(draftFromQuery(new URLSearchParams('status=student'))).toString()).toBe('status=student');
  });

  it('ignores what it does not know or what is out of range, instead of failing', () => {
    const draft = draftFromQuery(new URLSearchParams('status=astronaut&profession=medecin&year=40&age=abc&commune=99&receiving=national:nope&receiving=national:cesp&commitment=0'));
    expect(draft).toMatchObject({ status: '', profession: 'medecin', yearOfStudy: '', age: '', practiceCommune: '', commitmentYearsAccepted: 0, receiving: ['national:cesp'] });
  });
});
