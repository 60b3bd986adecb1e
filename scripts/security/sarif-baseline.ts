import { z } from 'zod';

/** One result of a SARIF 2.1.0 log: the rule, where, and what it says. */
export interface SarifFinding {
  rule: string;
  /** The artifact's URI as the tool wrote it (relative to the scanned root), or '' for none. */
  file: string;
  line: number;
  level: string;
  message: string;
}

/** An accepted finding: a rule, optionally only in one file, and why it is accepted. */
export interface BaselineEntry {
  rule: string;
  file?: string;
  reason: string;
}

/** What a scan leaves outside the baseline, and baseline entries nothing matched any more. */
export interface BaselineComparison {
  accepted: SarifFinding[];
  unaccepted: SarifFinding[];
  unused: BaselineEntry[];
}

/** The subset of SARIF 2.1.0 the gate reads; everything else in the log is ignored. */
const sarifSchema = z.object({
  version: z.literal('2.1.0'),
  runs: z.array(
    z.object({
      results: z.array(
        z.object({
          ruleId: z.string().min(1),
          level: z.string().optional(),
          message: z.object({ text: z.string() }).optional(),
          locations: z
            .array(
              z.object({
                physicalLocation: z
                  .object({
                    artifactLocation: z.object({ uri: z.string() }).optional(),
                    region: z.object({ startLine: z.number().optional() }).optional(),
                  })
                  .optional(),
              }),
            )
            .optional(),
        }),
      ),
    }),
  ),
});

const baselineSchema = z.strictObject({
  tool: z.string().min(1),
  accepted: z.array(
    z.strictObject({
      rule: z.string().regex(/^[A-Z0-9_]+$/, 'a rule id such as CSP_GLOBAL_CHECK'),
      file: z.string().min(1).optional(),
      reason: z.string().min(20, 'say why the finding is accepted'),
    }),
  ),
});

export type Baseline = z.infer<typeof baselineSchema>;

/** Electronegativity writes "file:///" as the artifact of a finding that has no file. */
const NO_FILE_URI = 'file:///';

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(
      `${file}: not JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

function schemaError(file: string, error: z.ZodError): Error {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : '(root)';
  return new Error(`${file}: ${where}: ${issue?.message ?? 'invalid'}`);
}

/** Every result of every run of a SARIF log. Throws naming `file` and the JSON path when the log is malformed. */
export function readSarifFindings(text: string, file: string): SarifFinding[] {
  const parsed = sarifSchema.safeParse(parseJson(text, file));
  if (!parsed.success) throw schemaError(file, parsed.error);
  return parsed.data.runs.flatMap((run) =>
    run.results.map((result) => {
      const location = result.locations?.[0]?.physicalLocation;
      const uri = location?.artifactLocation?.uri ?? '';
      return {
        rule: result.ruleId,
        file: uri === NO_FILE_URI ? '' : uri,
        line: location?.region?.startLine ?? 0,
        level: result.level ?? 'warning',
        message: result.message?.text ?? '',
      };
    }),
  );
}

/** Reads `security/eneg-baseline.json`; throws naming `file` and the JSON path when it is malformed. */
export function readBaseline(text: string, file: string): Baseline {
  const parsed = baselineSchema.safeParse(parseJson(text, file));
  if (!parsed.success) throw schemaError(file, parsed.error);
  return parsed.data;
}

const matches = (entry: BaselineEntry, finding: SarifFinding): boolean =>
  entry.rule === finding.rule && (entry.file === undefined || entry.file === finding.file);

/**
 * Splits findings into those the baseline accepts (same rule and, where the entry names one,
 * the same file; lines are not compared, as they move with every edit) and those it does not,
 * and lists the entries that matched nothing, so the baseline never keeps a stale pass.
 */
export function compareToBaseline(
  findings: readonly SarifFinding[],
  baseline: Baseline,
): BaselineComparison {
  const accepted: SarifFinding[] = [];
  const unaccepted: SarifFinding[] = [];
  const used = new Set<BaselineEntry>();
  for (const finding of findings) {
    const entry = baseline.accepted.find((candidate) => matches(candidate, finding));
    if (entry === undefined) unaccepted.push(finding);
    else {
      accepted.push(finding);
      used.add(entry);
    }
  }
  return {
    accepted,
    unaccepted,
    unused: baseline.accepted.filter((entry) => !used.has(entry)),
  };
}

/** `RULE file:line: message` for a report. */
export function describeFinding(finding: SarifFinding): string {
  const where = finding.file === '' ? '(whole scan)' : `${finding.file}:${finding.line}`;
  return `${finding.rule} ${where}: ${finding.message}`;
}
