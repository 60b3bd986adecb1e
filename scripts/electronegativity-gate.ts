/**
 * `npm run gate:electronegativity` (and a step of `npm test`), RELIABILITY.md H.33: runs
 * Electronegativity offline over the app's source, reads the SARIF it wrote and fails listing
 * every finding the checked-in baseline (`security/eneg-baseline.json`) does not accept, every
 * file the tool could not parse, and every baseline entry that no longer matches anything.
 * The tool's own exit code is always 0, so this parse is the gate. It calls the tool's runner
 * rather than `electronegativity -i . -o eneg.sarif` (RELIABILITY H.33's command line): so the
 * scan covers the app's source and not out/ or tests/, makes no network requests, and reports
 * the files the tool could not parse, which its command line drops when it writes SARIF.
 *
 * Options: `--root <dir>` (the project to scan; default this one), `--baseline <file>`,
 * `--sarif <file>` (where the SARIF is kept; default a temporary file).
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanWithElectronegativity } from './security/electronegativity-scan';
import {
  compareToBaseline,
  describeFinding,
  readBaseline,
  readSarifFindings,
} from './security/sarif-baseline';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? process.argv[index + 1] : undefined;
  return value === undefined ? undefined : path.resolve(value);
}

async function main(): Promise<number> {
  const root = option('--root') ?? repo;
  const baselineFile = option('--baseline') ?? path.join(repo, 'security', 'eneg-baseline.json');
  const sarifFile =
    option('--sarif') ?? path.join(await mkdtemp(path.join(tmpdir(), 'etom-eneg-')), 'eneg.sarif');
  const baselineName = path.relative(process.cwd(), baselineFile);

  const baseline = readBaseline(await readFile(baselineFile, 'utf8'), baselineName);
  const scan = await scanWithElectronegativity(root, sarifFile);
  const findings = readSarifFindings(await readFile(sarifFile, 'utf8'), sarifFile);
  const { accepted, unaccepted, unused } = compareToBaseline(findings, baseline);
  const unparsed = scan.errors.filter((error) => !error.tolerable);

  console.log(
    `Electronegativity (${scan.tool}, offline) over ${scan.scanned.join(', ')}: ` +
      `${findings.length} findings, ${accepted.length} accepted by ${baselineName}; SARIF: ${sarifFile}`,
  );
  if (baseline.tool !== scan.tool) {
    console.log(
      `note: ${baselineName} was reviewed with ${baseline.tool}; the scan ran ${scan.tool}`,
    );
  }
  for (const error of scan.errors.filter((e) => e.tolerable)) {
    console.log(`note: ${error.file}: ${error.message}`);
  }
  const problems = [
    ...unaccepted.map((finding) => `not in the baseline: ${describeFinding(finding)}`),
    ...unparsed.map((error) => `could not parse (so not checked): ${error.file}: ${error.message}`),
    ...unused.map(
      (entry) =>
        `stale baseline entry (matches nothing; remove it): ${entry.rule}${entry.file ? ` in ${entry.file}` : ''}`,
    ),
  ];
  for (const problem of problems) console.log(`  ${problem}`);
  console.log(
    problems.length === 0
      ? 'Electronegativity gate passed.'
      : `Electronegativity gate failed: ${problems.length} problem(s). Fix the code, or accept a finding in ${baselineName} with the reason.`,
  );
  return problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `Electronegativity gate could not run: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
