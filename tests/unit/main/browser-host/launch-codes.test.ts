import { describe, expect, it } from 'vitest';
import { LAUNCH_CODE_TTL_MS, LaunchCodes } from '../../../../main/browser-host/launch-codes';
import { SignIn } from '../../../../main/browser-host/sign-in';

/** A clock the test moves by hand. */
function clock(start = 1_000_000): { now: () => number; advance(ms: number): void } {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

describe('LaunchCodes', () => {
  it('issues distinct 32-byte hex codes, each good for one exchange', () => {
    const codes = new LaunchCodes();
    const a = codes.issue();
    const b = codes.issue();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).not.toBe(a);
    expect(codes.redeem(b)).toBe(true);
    expect(codes.redeem(b)).toBe(false);
    expect(codes.redeem(a)).toBe(true);
    expect(codes.size).toBe(0);
  });

  it('refuses a code past its lifetime and forgets it', () => {
    const time = clock();
    const codes = new LaunchCodes(LAUNCH_CODE_TTL_MS, time.now);
    const late = codes.issue();
    const onTime = codes.issue();
    time.advance(LAUNCH_CODE_TTL_MS - 1);
    expect(codes.redeem(onTime)).toBe(true);
    time.advance(1);
    expect(codes.redeem(late)).toBe(false);
    expect(codes.size).toBe(0);
  });

  it('refuses near misses and other types of input', () => {
    const codes = new LaunchCodes();
    const code = codes.issue();
    for (const guess of ['', code.slice(1), `${code} `, code.toUpperCase(), `${code}${code}`]) {
      expect(codes.redeem(guess)).toBe(false);
    }
    expect(codes.size).toBe(1);
  });
});

describe('SignIn.renew', () => {
  it('announces a fresh link at most once per interval', () => {
    const time = clock();
    const printed: string[] = [];
    const signIn = new SignIn('http://127.0.0.1:9/', 9, {
      announce: (url) => printed.push(url),
      renewIntervalMs: 10_000,
      now: time.now,
    });
    signIn.renew();
    signIn.renew();
    time.advance(9_999);
    signIn.renew();
    expect(printed).toHaveLength(1);
    time.advance(1);
    signIn.renew();
    expect(printed).toHaveLength(2);
    expect(new Set(printed).size).toBe(2);
    expect(printed[0]).toMatch(/^http:\/\/127\.0\.0\.1:9\/launch\?code=[0-9a-f]{64}$/);
  });
});
