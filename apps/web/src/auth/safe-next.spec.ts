import { describe, expect, it } from 'vitest';
import { loginUrl, safeNext, withNext } from './safe-next';

describe('safeNext', () => {
  it('keeps paths of this site, with their query and hash', () => {
    expect(safeNext('/t/meuse/admin/users?x=1#top', '/t/meuse')).toBe('/t/meuse/admin/users?x=1#top');
  });

  it('refuses other sites and odd forms (open redirects)', () => {
    for (const next of ['https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '', null, undefined]) {
      expect(safeNext(next, '/t/meuse')).toBe('/t/meuse');
    }
  });

  it('builds the sign-in address that comes back', () => {
    expect(loginUrl('/t/meuse/login', '/t/meuse/admin/audit')).toBe('/t/meuse/login?next=%2Ft%2Fmeuse%2Fadmin%2Faudit');
  });
});

describe('withNext', () => {
  it('carries a safe destination along, and drops an unsafe one', () => {
    expect(withNext('/t/meuse/signup', '/t/meuse/incentives/apply/aide')).toBe('/t/meuse/signup?next=%2Ft%2Fmeuse%2Fincentives%2Fapply%2Faide');
    expect(withNext('/t/meuse/signup', 'https://evil.example')).toBe('/t/meuse/signup');
    expect(withNext('/t/meuse/login', null)).toBe('/t/meuse/login');
  });
});
