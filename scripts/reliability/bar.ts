/**
 * The items of the reliability bar (`../shared/design/RELIABILITY.md`), each with the short
 * form of its pass criterion, in the bar's order. `npm run reliability` prints one row per item.
 */
export interface BarItem {
  id: string;
  title: string;
  bar: string;
  /** Why nothing here can measure it (shown on its row while it is "not run"). */
  notHere?: string;
}

const ELECTRON = 'needs the Electron binary';

export const BAR: ReadonlyArray<BarItem> = [
  {
    id: 'A.1',
    title: 'Atomic save, kill during save',
    bar: '500 trials: 0 corrupt, 0 orphan temps after the sweep',
  },
  { id: 'A.2', title: 'Save fault injection', bar: '36/36 cases keep the original file' },
  { id: 'A.3', title: 'Windows rename retry', bar: 'EPERM x3 then success within 2 s' },
  { id: 'A.4', title: 'Read-back verification', bar: 'corrupted write reported, old file kept' },
  { id: 'A.5', title: 'Symlinked target', bar: 'link preserved or documented refusal' },
  { id: 'A.6', title: 'Mode and permissions preserved', bar: '0640 stays 0640' },
  { id: 'B.7', title: 'Renderer crash', bar: 'restored, edits lost <= 1 s' },
  { id: 'B.8', title: 'App kill', bar: '50 trials: 0 lost beyond the journal interval' },
  { id: 'B.9', title: 'Corrupt journal', bar: 'ignored with a warning, moved aside' },
  { id: 'B.10', title: 'Stale journal', bar: 'restore as copy offered, disk file kept' },
  { id: 'C.11', title: 'External modification before save', bar: 'conflict, disk unchanged' },
  { id: 'C.12', title: 'Watcher', bar: 'noticed within 2 s; 0 prompts over 200 own saves' },
  { id: 'C.13', title: 'Double open', bar: 'one document, one window' },
  {
    id: 'C.14',
    title: 'Two instances on a shared folder',
    bar: 'second save conflicts, 0 lost updates',
  },
  {
    id: 'D.15',
    title: 'Fuzz open/import',
    bar: '>= 10,000 inputs: 0 crashes, 0 pollutions, p99 < 200 ms',
  },
  {
    id: 'D.16',
    title: 'Size and depth limits',
    bar: 'refused within 1 s; RSS growth < 2x; ping < 250 ms',
  },
  { id: 'D.17', title: 'Migrations', bar: 'all fixtures pass; >= 1,000 property runs' },
  { id: 'D.18', title: 'CSV import', bar: '1,000 CSVs: no crash, row-numbered errors' },
  { id: 'D.19', title: 'Settings corruption', bar: 'starts, corrupt copy kept, defaults' },
  { id: 'E.20', title: 'DOM XSS', bar: '>= 50 payloads: 0 executions, 0 CSP violations' },
  { id: 'E.21', title: 'SVG export audit', bar: '0 active constructs, labels round-trip' },
  {
    id: 'E.22',
    title: 'PNG/JSON export',
    bar: 'JSON round-trips (1,000 runs); PNG of 5,000 nodes < 10 s',
  },
  { id: 'E.23', title: 'Path confinement', bar: '>= 5,000 refs: 0 escapes' },
  {
    id: 'F.24',
    title: 'Web preferences',
    bar: '100% of web contents hardened',
    notHere: ELECTRON,
  },
  {
    id: 'F.25',
    title: 'Navigation and windows',
    bar: 'URL and window count unchanged',
    notHere: ELECTRON,
  },
  { id: 'F.26', title: 'Permissions', bar: 'all denied and logged', notHere: ELECTRON },
  { id: 'F.27', title: 'CSP', bar: 'expected policy; 0 violations' },
  { id: 'F.28', title: 'Protocol handler', bar: 'traversals 403/404' },
  {
    id: 'F.29',
    title: 'Fuses',
    bar: '7/7 as expected; no Node REPL or debugger',
    notHere: `${ELECTRON}: checked by tests/e2e/electron.spec.ts on the packaged app`,
  },
  { id: 'G.30', title: 'Sender validation', bar: 'foreign frames refused on 100% of channels' },
  {
    id: 'G.31',
    title: 'Payload validation',
    bar: '>= 1,000 payloads per channel: 0 handler bodies run',
  },
  { id: 'G.32', title: 'Surface snapshot, no raw paths', bar: '0 raw or forged paths accepted' },
  { id: 'H.33', title: 'Electronegativity', bar: '0 findings outside the baseline' },
  { id: 'H.34', title: 'ESLint security rules', bar: '0 errors, banned settings absent' },
  { id: 'H.35', title: 'npm audit --omit=dev', bar: '0 high/critical' },
  {
    id: 'I.36',
    title: 'Flat hostile file under the size limit',
    bar: 'refused; alive; RSS growth < 2x; ping < 250 ms',
  },
  { id: 'I.37', title: 'Special files', bar: 'refused at once, 0 hangs' },
  { id: 'I.38', title: 'Two instances, simultaneous saves', bar: '150 rounds: 0 lost updates' },
  { id: 'I.39', title: 'Another local user', bar: '0 credentials, 0 API calls succeed' },
  { id: 'I.40', title: 'SVG written by export.write', bar: '0 hostile constructs accepted' },
  {
    id: 'I.41',
    title: 'Names and keys',
    bar: '0 reserved names; duplicate keys refused with path',
  },
];
