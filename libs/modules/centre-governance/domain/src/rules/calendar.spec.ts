import { describe, expect, it } from 'vitest';
import { addDays, dateToParis, daysBetween, mondayOf, parisDay, parisToDate, weekdayOf } from '@ancrage/i18n';
import { isoDay, semesterOf } from './semester';
import { canChangeCentreStatus, canChangeMeetingStatus, registerNumber } from './statuses';

describe('Paris time', () => {
  it('converts wall-clock times in winter and summer', () => {
    expect(parisToDate('2026-01-15T09:00').toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(parisToDate('2026-07-15T09:00').toISOString()).toBe('2026-07-15T07:00:00.000Z');
    expect(dateToParis(new Date('2026-07-15T07:00:00Z'))).toBe('2026-07-15T09:00');
    expect(parisDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('finds weekdays, Mondays and day counts', () => {
    expect(weekdayOf('2026-11-23')).toBe(1);
    expect(weekdayOf('2026-11-29')).toBe(7);
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-11-01', '2026-11-23')).toBe(22);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
});

describe('semesters of internes and docteurs juniors', () => {
  it('runs from November to April and from May to October', () => {
    expect(semesterOf('2026-11-02')).toEqual({ start: '2026-11-01', end: '2027-04-30', label: 'winter', year: 2026 });
    expect(semesterOf('2027-02-10')).toEqual({ start: '2026-11-01', end: '2027-04-30', label: 'winter', year: 2026 });
    expect(semesterOf('2027-05-01')).toEqual({ start: '2027-05-01', end: '2027-10-31', label: 'summer', year: 2027 });
  });

  it('refuses days that do not exist', () => {
    expect(isoDay.safeParse('2026-02-29').success).toBe(false);
    expect(isoDay.safeParse('2028-02-29').success).toBe(true);
    expect(isoDay.safeParse('29/02/2028').success).toBe(false);
  });
});

describe('statuses and numbers', () => {
  it('moves a centre forward only', () => {
    expect(canChangeCentreStatus('preparation', 'open')).toBe(true);
    expect(canChangeCentreStatus('open', 'closed')).toBe(true);
    expect(canChangeCentreStatus('open', 'preparation')).toBe(false);
    expect(canChangeCentreStatus('closed', 'open')).toBe(false);
  });

  it('holds a meeting once convened, and cancels it only before', () => {
    expect(canChangeMeetingStatus('planned', 'convened')).toBe(true);
    expect(canChangeMeetingStatus('planned', 'held')).toBe(false);
    expect(canChangeMeetingStatus('convened', 'held')).toBe(true);
    expect(canChangeMeetingStatus('held', 'cancelled')).toBe(false);
    expect(canChangeMeetingStatus('convened', 'cancelled')).toBe(true);
  });

  it('numbers the register by year', () => {
    expect(registerNumber(2026, 7)).toBe('2026-007');
    expect(registerNumber(2026, 1234)).toBe('2026-1234');
  });
});
