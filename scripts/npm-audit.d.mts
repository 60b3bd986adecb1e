/** The verdict of one `npm audit --omit=dev` run, and the one line that reports it. */
export interface AuditVerdict {
  outcome: 'passed' | 'failed' | 'skipped';
  line: string;
}

export function classifyAudit(stdout: string): AuditVerdict;

export function runNpmAudit(cwd: string, extraArgs?: string[]): Promise<AuditVerdict>;
