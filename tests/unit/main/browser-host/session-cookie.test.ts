import { describe, expect, it } from 'vitest';
import {
  cookieValues,
  sessionCookieHeader,
  sessionCookieName,
  Sessions,
} from '../../../../main/browser-host/session-cookie';

describe('session cookie', () => {
  it('is named per port and set HttpOnly, SameSite=Strict, for the whole site', () => {
    expect(sessionCookieName(4100)).toBe('etom-session-4100');
    expect(sessionCookieHeader('etom-session-4100', 'ab')).toBe(
      'etom-session-4100=ab; Path=/; HttpOnly; SameSite=Strict',
    );
  });

  it('reads every value of its name from a Cookie header, and only those', () => {
    expect(cookieValues(undefined, 'n')).toEqual([]);
    expect(cookieValues('a=1; n=2;n=3 ; nn=4; n', 'n')).toEqual(['2', '3']);
    expect(cookieValues('n=a=b', 'n')).toEqual(['a=b']);
    const many = Array.from({ length: 20 }, (_, i) => `n=${i}`).join('; ');
    expect(cookieValues(many, 'n')).toHaveLength(8);
  });

  it('knows the sessions it started and no other value', () => {
    const sessions = new Sessions();
    const a = sessions.start();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(sessions.includesAny([a])).toBe(true);
    expect(sessions.includesAny(['x', a])).toBe(true);
    expect(sessions.includesAny([])).toBe(false);
    expect(sessions.includesAny([a.slice(1), `${a}0`, a.toUpperCase()])).toBe(false);
  });
});
