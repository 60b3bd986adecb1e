// `npm audit --omit=dev` as a step of `npm test` (RELIABILITY.md H.35): the shipped dependencies
// have 0 high or critical advisories. Where the registry's advisory endpoint cannot answer (an
// offline machine, a proxy without it, or a registry mirror that answers 405 to its POST), the
// step is reported as skipped, with the reason in one line, never as passed.
import { spawn } from 'node:child_process';

/** Network failures: the advisory service was never reached. */
const UNREACHABLE = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EPROXY',
]);

function parse(stdout) {
  try {
    return JSON.parse(stdout);
  } catch {
    return null;
  }
}

/**
 * Reads the output of `npm audit --json`: `{ outcome: 'passed' | 'failed' | 'skipped', line }`,
 * `line` being the one line to print. Passed: 0 high and 0 critical. Failed: any high or
 * critical (named), or an error that is ours (no lockfile, output that is not a report).
 * Skipped: the advisory endpoint answered an HTTP error or could not be reached.
 */
export function classifyAudit(stdout) {
  const report = parse(stdout);
  if (report === null || typeof report !== 'object') {
    return { outcome: 'failed', line: 'npm audit printed no JSON report' };
  }
  const counts = report.metadata?.vulnerabilities;
  if (counts && typeof counts === 'object') {
    const serious = Object.entries(report.vulnerabilities ?? {})
      .filter(([, v]) => v?.severity === 'high' || v?.severity === 'critical')
      .map(([name, v]) => `${name} (${v.severity})`);
    const high = (counts.high ?? 0) + (counts.critical ?? 0);
    const summary = `${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`;
    return high === 0
      ? { outcome: 'passed', line: `npm audit --omit=dev: ${summary}` }
      : { outcome: 'failed', line: `npm audit --omit=dev: ${summary}: ${serious.join(', ')}` };
  }
  const status = report.statusCode;
  if (typeof status === 'number' && status >= 400) {
    const answer = report.message ?? `${status} from ${report.uri ?? 'the advisory endpoint'}`;
    return {
      outcome: 'skipped',
      line: `npm audit skipped: the registry's advisory endpoint answered ${answer}; nothing was audited`,
    };
  }
  // A failed request carries its system error code in `error.code` or only in the message
  // ("request to ... failed, reason: connect ECONNREFUSED 127.0.0.1:9").
  const code = report.error?.code ?? /\b(E[A-Z]{3,})\b/.exec(report.message ?? '')?.[1];
  if (typeof code === 'string' && UNREACHABLE.has(code)) {
    return {
      outcome: 'skipped',
      line: `npm audit skipped: the registry could not be reached (${code}); nothing was audited`,
    };
  }
  const why = report.error?.summary || report.message || code || 'unknown error';
  return { outcome: 'failed', line: `npm audit could not run: ${String(why).split('\n')[0]}` };
}

/**
 * Runs `npm audit --omit=dev --json` in `cwd` (plus `extraArgs`, e.g. a registry) and
 * classifies it. Asynchronous, so a registry in the same process (a test's) can answer.
 */
export function runNpmAudit(cwd, extraArgs = []) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  return new Promise((resolve) => {
    const child = spawn(npm, ['audit', '--omit=dev', '--json', ...extraArgs], {
      cwd,
      stdio: ['ignore', 'pipe', 'ignore'],
      shell: process.platform === 'win32',
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.on('error', (error) =>
      resolve({ outcome: 'failed', line: `npm audit could not start: ${error.message}` }),
    );
    child.on('close', () => resolve(classifyAudit(stdout)));
  });
}
