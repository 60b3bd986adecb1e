import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { GIT_ENV } from '../../fixtures/git-workspace';

const run = promisify(execFile);
const SAMPLE = resolve('assets/sample-workspace');

interface Node {
  id: string;
  kind: string;
  x: number;
  [field: string]: unknown;
}
interface Diagram {
  nodes: Node[];
  edges: { id: string; source: string; target: string }[];
}
interface Mappings {
  mappings: { id: string; alignment: string }[];
}

/** The sample workspace in a real git repository, with a history of known edits. */
export interface HistoryRepository {
  repo: string;
  /** The workspace folder inside it (`<repo>/acme`). */
  workspace: string;
  git(...args: string[]): Promise<string>;
}

async function edit<T>(file: string, change: (value: T) => void): Promise<void> {
  const value = JSON.parse(await readFile(file, 'utf8')) as T;
  change(value);
  await writeFile(file, JSON.stringify(value, null, 2));
}

/**
 * A repository whose `main` holds three commits on the sample workspace in `acme/`:
 * "Sample workspace"; "Bill to cash: move the first step"; "Order to activate: credit check,
 * no 1.5.5.7" (node n-ota-03 moved, framework node 1.5.5.7 and its connections removed, box
 * "Credit check" added; mapping map-18 removed, map-11 re-aligned partial -> full). Branch
 * `colleague`, from the first commit, adds a box "Colleague's step" to Order to activate.
 * scope.json is changed and not committed (one changed file for the status bar).
 */
export async function historyRepository(): Promise<HistoryRepository> {
  const repo = await mkdtemp(join(tmpdir(), 'etom-e2e-git-'));
  const workspace = join(repo, 'acme');
  const git = async (...args: string[]) =>
    (await run('git', args, { cwd: repo, env: GIT_ENV })).stdout.trim();
  const diagram = (id: string) => join(workspace, 'diagrams', `${id}.json`);
  const box = (id: string, label: string, x: number): Node => ({
    id,
    kind: 'box',
    label,
    x,
    y: 400,
    width: 180,
    height: 64,
    z: 50,
  });
  await cp(SAMPLE, workspace, { recursive: true });
  await git('init', '-q', '-b', 'main');
  await git('add', '.');
  await git('commit', '-qm', 'Sample workspace');

  await git('checkout', '-qb', 'colleague');
  await edit<Diagram>(diagram('order-to-activate'), (d) => {
    d.nodes.push(box('n-colleague', "Colleague's step", 40));
  });
  await git('commit', '-qam', 'Colleague: a step in Order to activate');
  await git('checkout', '-q', 'main');

  await edit<Diagram>(diagram('bill-to-cash'), (d) => {
    d.nodes.find((n) => n.id === 'n-b2c-01')!.x += 20;
  });
  await git('commit', '-qam', 'Bill to cash: move the first step');

  await edit<Diagram>(diagram('order-to-activate'), (d) => {
    d.nodes.find((n) => n.id === 'n-ota-03')!.x += 40;
    d.nodes = d.nodes.filter((n) => n.id !== 'f-1.5.5.7');
    d.edges = d.edges.filter((e) => e.source !== 'f-1.5.5.7' && e.target !== 'f-1.5.5.7');
    d.nodes.push(box('n-credit', 'Credit check', 480));
  });
  await edit<Mappings>(join(workspace, 'mappings.json'), (m) => {
    m.mappings = m.mappings.filter((x) => x.id !== 'map-18');
    m.mappings.find((x) => x.id === 'map-11')!.alignment = 'full';
  });
  await git('commit', '-qam', 'Order to activate: credit check, no 1.5.5.7');

  await edit<{ entries: { target: { id: string }; status: string }[] }>(
    join(workspace, 'scope.json'),
    (s) => {
      s.entries.find((e) => e.target.id === '1.3.2')!.status = 'out';
    },
  );
  return { repo, workspace, git };
}
