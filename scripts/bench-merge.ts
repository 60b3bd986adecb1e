/**
 * `npm run bench:merge`: the semantic merge driver on the sizes (5,000 processes,
 * 10,000 mappings, a 5,000-node diagram), for two scripted pairs of edits (clean: each side
 * renames other elements, adds and deletes; with conflicts: the same elements renamed both ways
 * and edits against deletes), per file: our merge in-process and as the CLI command git runs,
 * and `git merge-file` (line-based, the reference) on the same three files in the same run.
 * Then the semantic diff of two such workspace folders: in-process, as `etom-studio diff`, and
 * `git diff --no-index` on the same folders. Time (median of three) and peak memory. Writes
 * bench-results/merge.md. Nothing is asserted.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { recordFigures } from './bench/bench-record';
import { diffPair, scenario, SCENARIO_WORDS, SIZES, type BenchKind } from './bench/merge-data';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'out/cli/etom-studio.mjs');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const FILES: Record<BenchKind, string> = {
  processes: 'processes.json',
  mappings: 'mappings.json',
  diagram: 'diagrams/big.json',
};

interface Measure {
  seconds: number;
  peakMb: number;
}

/** Runs a command under /usr/bin/time: its wall time and peak RSS; any exit code is fine. */
async function timed(
  cwd: string,
  command: string,
  args: string[],
): Promise<Measure & { code: number }> {
  const result = await run('/usr/bin/time', ['-f', 'TIME %e %M', command, ...args], {
    cwd,
    maxBuffer: 512 * 1024 * 1024,
  }).then(
    (done) => ({ stderr: done.stderr, code: 0 }),
    (error: { stderr?: string; code?: number }) => ({
      stderr: error.stderr ?? '',
      code: error.code ?? 1,
    }),
  );
  const line = /TIME ([\d.]+) (\d+)/.exec(result.stderr);
  if (!line) throw new Error(`${command} ${args.join(' ')}: ${result.stderr.slice(-500)}`);
  return { seconds: Number(line[1]), peakMb: Number(line[2]) / 1024, code: result.code };
}

async function median(times: number, measure: () => Promise<Measure & { code: number }>) {
  const all = [];
  for (let i = 0; i < times; i += 1) all.push(await measure());
  all.sort((a, b) => a.seconds - b.seconds);
  return all[Math.floor(times / 2)] as Measure & { code: number };
}

async function ensureCli(): Promise<void> {
  await run(TSX, [path.join(ROOT, 'scripts/build-cli.ts')], { cwd: ROOT });
}

interface Row {
  scenario: string;
  file: string;
  mb: number;
  expected: number;
  inProcess: { ms: number; peakMb: number; deltaMb: number; conflicts: number };
  cli: Measure & { code: number };
  git: Measure & { conflicts: number };
}

async function benchFile(
  dir: string,
  name: string,
  kind: BenchKind,
  texts: Record<'base' | 'ours' | 'theirs', string> & { expected: number },
): Promise<Row> {
  const place = path.join(dir, kind);
  await mkdir(place, { recursive: true });
  const file = (side: string) => path.join(place, side);
  for (const side of ['base', 'ours', 'theirs'] as const) await writeFile(file(side), texts[side]);
  const child = await run(
    TSX,
    [
      path.join(ROOT, 'scripts/bench/merge-in-process.ts'),
      kind,
      file('base'),
      file('ours'),
      file('theirs'),
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const inProcess = JSON.parse(child.stdout) as {
    ms: number;
    peakKb: number;
    baselineKb: number;
    conflicts: number;
  };
  const cli = await median(3, async () => {
    await copyFile(file('ours'), file('merged'));
    return timed(place, process.execPath, [
      CLI,
      'merge-driver',
      file('base'),
      file('merged'),
      file('theirs'),
      `ws/${FILES[kind]}`,
    ]);
  });
  const git = await median(3, () =>
    timed(place, 'git', ['merge-file', '-p', file('ours'), file('base'), file('theirs')]),
  );
  return {
    scenario: name,
    file: FILES[kind],
    mb: Buffer.byteLength(texts.ours) / 1024 / 1024,
    expected: texts.expected,
    inProcess: {
      ms: inProcess.ms,
      peakMb: inProcess.peakKb / 1024,
      deltaMb: (inProcess.peakKb - inProcess.baselineKb) / 1024,
      conflicts: inProcess.conflicts,
    },
    cli,
    // git merge-file exits with the number of conflicting hunks (negative on error).
    git: { ...git, conflicts: git.code },
  };
}

function table(rows: readonly Row[]): string {
  const f = (n: number, digits = 2) => n.toFixed(digits);
  return [
    '| Edits | File | Size (ours) | Conflicts held | Ours in-process: time | Peak RSS (+ over loaded texts) | Conflicts found | Ours as CLI (`merge-driver`): time | Peak RSS | `git merge-file`: time | Peak RSS | Conflicting hunks |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.scenario} | ${r.file} | ${f(r.mb, 1)} MB | ${r.expected} | ${f(r.inProcess.ms, 0)} ms | ${f(r.inProcess.peakMb, 0)} MB (+${f(r.inProcess.deltaMb, 0)} MB) | ${r.inProcess.conflicts} | ${f(r.cli.seconds)} s | ${f(r.cli.peakMb, 0)} MB | ${f(r.git.seconds)} s | ${f(r.git.peakMb, 0)} MB | ${r.git.conflicts} |`,
    ),
  ].join('\n');
}

interface DiffRow {
  mb: number;
  inProcess: { readMs: number; ms: number; peakMb: number; deltaMb: number; lines: number };
  cli: Measure & { code: number };
  git: Measure & { code: number };
}

/** The diff rows: two workspace folders compared in-process, by the CLI and by git. */
async function benchDiff(dir: string): Promise<DiffRow> {
  const pair = diffPair();
  const [before, after] = [path.join(dir, 'before'), path.join(dir, 'after')];
  for (const [folder, files] of [
    [before, pair.before],
    [after, pair.after],
  ] as const) {
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(folder, file)), { recursive: true });
      await writeFile(path.join(folder, file), text);
    }
  }
  const child = await run(TSX, [path.join(ROOT, 'scripts/bench/merge-diff.ts'), before, after], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const inProcess = JSON.parse(child.stdout) as {
    readMs: number;
    ms: number;
    peakKb: number;
    baselineKb: number;
    changes: number;
  };
  const cli = await median(3, () =>
    timed(dir, process.execPath, [CLI, 'diff', before, after, '--format', 'text']),
  );
  const git = await median(3, () => timed(dir, 'git', ['diff', '--no-index', before, after]));
  const mb = Object.values(pair.after).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  return {
    mb: mb / 1024 / 1024,
    inProcess: {
      readMs: inProcess.readMs,
      ms: inProcess.ms,
      peakMb: inProcess.peakKb / 1024,
      deltaMb: (inProcess.peakKb - inProcess.baselineKb) / 1024,
      lines: inProcess.changes,
    },
    cli,
    git,
  };
}

function diffTable(row: DiffRow): string {
  const f = (n: number, digits = 2) => n.toFixed(digits);
  return [
    '| Folders (after) | Ours in-process: read both | Diff | Peak RSS (+ over the read workspaces) | Lines of words | Ours as CLI (`diff`): time | Peak RSS | `git diff --no-index`: time | Peak RSS |',
    '|---|---|---|---|---|---|---|---|---|',
    `| ${f(row.mb, 1)} MB | ${f(row.inProcess.readMs, 0)} ms | ${f(row.inProcess.ms, 0)} ms | ${f(row.inProcess.peakMb, 0)} MB (+${f(row.inProcess.deltaMb, 0)} MB) | ${row.inProcess.lines} | ${f(row.cli.seconds)} s | ${f(row.cli.peakMb, 0)} MB | ${f(row.git.seconds)} s | ${f(row.git.peakMb, 0)} MB |`,
  ].join('\n');
}

async function main(): Promise<void> {
  await ensureCli();
  const dir = await mkdtemp(path.join(tmpdir(), 'etom-bench-merge-'));
  const rows: Row[] = [];
  let diff: DiffRow | undefined;
  try {
    for (const name of ['clean', 'conflicts'] as const) {
      const texts = scenario(name);
      for (const kind of ['processes', 'mappings', 'diagram'] as const) {
        const row = await benchFile(path.join(dir, name), name, kind, texts[kind]);
        console.log(
          `${name} ${row.file}: in-process ${row.inProcess.ms.toFixed(0)} ms, CLI ${row.cli.seconds} s, git merge-file ${row.git.seconds} s`,
        );
        rows.push(row);
      }
    }
    diff = await benchDiff(path.join(dir, 'diff'));
    console.log(
      `diff: in-process ${diff.inProcess.ms.toFixed(0)} ms, CLI ${diff.cli.seconds} s, git diff --no-index ${diff.git.seconds} s`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const report = [
    '# Merge benchmark (`npm run bench:merge`)',
    '',
    `${new Date().toISOString().slice(0, 16)}Z, Node ${process.version}, ${SIZES.processes.toLocaleString('en')} processes, ${SIZES.mappings.toLocaleString('en')} mappings, a ${SIZES.nodes.toLocaleString('en')}-node diagram.`,
    '',
    `- **clean**: ${SCENARIO_WORDS.clean}; no conflict.`,
    `- **conflicts**: ${SCENARIO_WORDS.conflicts}; so processes.json holds 50 + 20 = 70 conflicts, mappings.json 100 + 20 = 120, the diagram 50 + 20 = 70 ("Conflicts held", counted from the scenario's own data).`,
    '',
    "Our merge validates the three versions and the result with the app's own loader and writes the",
    'file as the app writes it; `git merge-file` compares lines. The CLI time includes starting Node.',
    '',
    table(rows),
    '',
    '## Diff',
    '',
    'The base workspace against theirs of the clean scenario (same sizes; workspace.json, scope.json,',
    "processes.json, mappings.json and diagrams/big.json): ours reads both folders with the app's reader",
    'and describes every change (`diffWorkspaces` and the words `etom-studio diff` prints); the CLI',
    'also starts Node, loads the pack and computes coverage on both sides; `git diff --no-index`',
    'compares the same folders line by line.',
    '',
    diff ? diffTable(diff) : '(not measured)',
    '',
  ].join('\n');
  await mkdir(path.join(ROOT, 'bench-results'), { recursive: true });
  await writeFile(path.join(ROOT, 'bench-results', 'merge.md'), report);
  // The summary's figures: the CLI against git, for one merge and for the diff.
  const clean = rows.find((r) => r.scenario === 'clean' && r.file === 'mappings.json');
  const cliAgainstGit = (measure: string, cli: Measure, git: Measure, peer: string) => ({
    measure,
    ours: cli.seconds * 1000,
    unit: 'ms',
    peer: { name: peer, value: git.seconds * 1000 },
  });
  recordFigures('merge', [
    ...(clean
      ? [
          cliAgainstGit(
            'merge mappings.json (10,000), clean, CLI',
            clean.cli,
            clean.git,
            'git merge-file',
          ),
        ]
      : []),
    ...(diff
      ? [
          cliAgainstGit(
            'diff of two 5,000/10,000/5,000 workspaces, CLI',
            diff.cli,
            diff.git,
            'git diff --no-index',
          ),
        ]
      : []),
  ]);
  console.log(report);
}

void main();
