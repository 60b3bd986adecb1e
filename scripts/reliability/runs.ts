/**
 * What `npm run reliability` runs: the test files and specs that report figures of the bar
 * (through `reportFigures`), at the bar's counts, and the two static gates; quick ones first,
 * the long trial counts (A.1, D.15, B.8) last. `items` are the bar
 * items each is there to measure: a run that fails marks them failed even when it failed
 * before it reported anything.
 */
export interface TestRun {
  kind: 'vitest' | 'playwright';
  file: string;
  items: ReadonlyArray<string>;
  /** The bar's counts (RELIABILITY.md), where the test's default is smaller. */
  env?: Record<string, string>;
  /** Runs only where this exists; elsewhere its items are "not run" with the reason. */
  needs?: 'electron';
}

const UNIT = 'tests/unit';
const WORKSPACE = `${UNIT}/main/services/workspace`;

export const TEST_RUNS: ReadonlyArray<TestRun> = [
  { kind: 'vitest', file: `${WORKSPACE}/atomic-write-faults.test.ts`, items: ['A.2'] },
  {
    kind: 'vitest',
    file: `${WORKSPACE}/atomic-write.test.ts`,
    items: ['A.2', 'A.3', 'A.4', 'A.5', 'A.6'],
  },
  {
    kind: 'vitest',
    file: `${WORKSPACE}/workspace-store-faults.test.ts`,
    items: ['A.2', 'A.3', 'A.4', 'A.5', 'A.6'],
  },
  { kind: 'vitest', file: `${WORKSPACE}/journal.test.ts`, items: ['B.9', 'B.10'] },
  { kind: 'vitest', file: `${WORKSPACE}/workspace-store-conflict.test.ts`, items: ['C.11'] },
  { kind: 'vitest', file: `${WORKSPACE}/workspace-watcher.test.ts`, items: ['C.12'] },
  {
    kind: 'vitest',
    file: `${UNIT}/main/services/catalogue/csv-robustness.test.ts`,
    items: ['D.18'],
    env: { ETOM_CSV_RUNS: '1000' },
  },
  {
    kind: 'vitest',
    file: `${UNIT}/main/services/settings/settings-service.test.ts`,
    items: ['D.19'],
  },
  { kind: 'vitest', file: `${UNIT}/main/services/settings/settings-file.test.ts`, items: ['D.19'] },
  { kind: 'vitest', file: `${UNIT}/shared/render/svg-builder.test.ts`, items: ['E.21'] },
  { kind: 'vitest', file: `${UNIT}/shared/render/framework-map-svg.test.ts`, items: ['E.21'] },
  {
    kind: 'vitest',
    file: `${UNIT}/main/services/export/diagram-export-e22.test.ts`,
    items: ['E.22'],
  },
  { kind: 'vitest', file: `${WORKSPACE}/path-confinement.test.ts`, items: ['E.23'] },
  { kind: 'vitest', file: `${UNIT}/main/electron/ipc-transport.test.ts`, items: ['G.30'] },
  { kind: 'vitest', file: `${UNIT}/main/electron/app-request.test.ts`, items: ['F.28'] },
  { kind: 'vitest', file: `${UNIT}/main/host/dispatch-fuzz.test.ts`, items: ['G.31'] },
  { kind: 'vitest', file: `${UNIT}/security/static-gates.test.ts`, items: ['H.34'] },
  { kind: 'vitest', file: `${UNIT}/security/eslint-security-rules.test.ts`, items: ['H.34'] },
  {
    kind: 'vitest',
    file: `${WORKSPACE}/two-instances-save.test.ts`,
    items: ['C.14', 'I.38'],
    env: { ETOM_ROUNDS: '150' },
  },
  { kind: 'vitest', file: `${WORKSPACE}/hostile-open-limits.test.ts`, items: ['D.16'] },
  { kind: 'vitest', file: `${WORKSPACE}/flat-hostile-files.test.ts`, items: ['I.36', 'D.16'] },
  { kind: 'vitest', file: `${UNIT}/main/browser-host/large-answer.test.ts`, items: ['I.36'] },
  { kind: 'vitest', file: `${WORKSPACE}/special-files.test.ts`, items: ['I.37'] },
  { kind: 'vitest', file: `${WORKSPACE}/two-instances-sweep.test.ts`, items: ['I.38'] },
  { kind: 'vitest', file: `${WORKSPACE}/lock-lifetime.test.ts`, items: ['I.38'] },
  { kind: 'vitest', file: `${UNIT}/main/services/export/svg-check.test.ts`, items: ['I.40'] },
  { kind: 'vitest', file: `${UNIT}/shared/model/ids.test.ts`, items: ['I.41'] },
  { kind: 'vitest', file: `${UNIT}/main/electron/path-contract.test.ts`, items: ['G.32'] },
  { kind: 'vitest', file: `${UNIT}/shared/model/migrations/fixtures.test.ts`, items: ['D.17'] },
  {
    kind: 'vitest',
    file: `${UNIT}/shared/model/migrations/diagram/v1-to-v2.test.ts`,
    items: ['D.17'],
  },
  {
    kind: 'vitest',
    file: `${UNIT}/shared/model/migrations/diagram/v2-to-v3.test.ts`,
    items: ['D.17'],
  },
  { kind: 'playwright', file: 'tests/e2e/other-user.spec.ts', items: ['I.39'] },
  { kind: 'playwright', file: 'tests/e2e/csp.spec.ts', items: ['F.27'] },
  { kind: 'playwright', file: 'tests/e2e/hostile-labels.spec.ts', items: ['E.20'] },
  { kind: 'playwright', file: 'tests/e2e/second-instance.spec.ts', items: ['C.13'] },
  { kind: 'playwright', file: 'tests/e2e/svg-export-safety.spec.ts', items: ['I.40'] },
  {
    kind: 'vitest',
    file: `${WORKSPACE}/hostile-open.test.ts`,
    items: ['D.15', 'I.41'],
    env: { ETOM_FUZZ_RUNS: '10000' },
  },
  {
    kind: 'vitest',
    file: `${WORKSPACE}/kill-during-save.test.ts`,
    items: ['A.1'],
    env: { ETOM_TRIALS: '500' },
  },
  {
    kind: 'playwright',
    file: 'tests/e2e/recovery.spec.ts',
    items: ['B.7', 'B.8'],
    env: { ETOM_APP_KILL_TRIALS: '50' },
  },
  {
    kind: 'playwright',
    file: 'tests/e2e/electron.spec.ts',
    items: ['F.24', 'F.25', 'F.26', 'F.27', 'F.28', 'F.29'],
    env: { ETOM_APP_KILL_TRIALS: '50' },
    needs: 'electron',
  },
];
