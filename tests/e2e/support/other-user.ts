import { spawn, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** What the other account's script (other-user-attack.mjs) found and achieved. */
export interface AttackReport {
  uid: number;
  files: { read: number; refused: number; bytes: number };
  procs: {
    cmdlines: number;
    environsRead: number;
    environsRefused: number;
    hostCmdline: string;
    hostEnviron: string;
  };
  /** Files and folders of the plan's probes it could not open, with the error code. */
  refusedPaths: string[];
  http: {
    requests: number;
    launchGuesses: number;
    apiCalls: number;
    statuses: Record<string, number>;
  };
  /** Every secret-looking string (64 hex digits) it saw anywhere. */
  candidates: string[];
  /** Every request that got what it asked for. */
  succeeded: string[];
}

export interface AttackPlan {
  port: number;
  /** Every host method's name. */
  methods: string[];
  /** Every URL path of the renderer build. */
  assets: string[];
  /** Folders to search for readable files. */
  scanRoots: string[];
  /** Files and folders of the user to try by name. */
  probes: string[];
  /** The user's workspace, for the API calls that take a folder. */
  workspace: string;
}

const ATTACK_SCRIPT = fileURLToPath(new URL('other-user-attack.mjs', import.meta.url));

/** The other account: nobody, by number, as `setpriv` takes it. */
function nobody(): { uid: number; gid: number } | null {
  const uid = spawnSync('id', ['-u', 'nobody'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'nobody'], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return null;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function asOtherUser(account: { uid: number; gid: number }): string[] {
  return [`--reuid=${account.uid}`, `--regid=${account.gid}`, '--clear-groups'];
}

/**
 * Why no process can be run as a second account here, or null when one can: this needs Linux,
 * root (to switch accounts), `setpriv` and the `nobody` account able to run this Node.
 */
export function otherUserUnavailable(): string | null {
  if (process.platform !== 'linux') return `setpriv is Linux-only (this is ${process.platform})`;
  if (process.getuid?.() !== 0) {
    return `switching to another account needs root; these tests run as uid ${process.getuid?.()}`;
  }
  const account = nobody();
  if (account === null) return 'there is no "nobody" account to attack from';
  const probe = spawnSync(
    'setpriv',
    [
      ...asOtherUser(account),
      process.execPath,
      '-e',
      'process.stdout.write(String(process.getuid()))',
    ],
    { encoding: 'utf8', cwd: '/' },
  );
  if (probe.error) return `setpriv could not be run: ${probe.error.message}`;
  if (probe.stdout !== String(account.uid)) {
    return `setpriv could not run Node as nobody: ${probe.stderr.trim() || `exit ${probe.status}`}`;
  }
  return null;
}

/** The uid the attack runs as. */
export function otherUserId(): number {
  return nobody()?.uid ?? -1;
}

/** Runs the attack script as nobody against `plan` and returns its report. */
export async function attackAsOtherUser(plan: AttackPlan): Promise<AttackReport> {
  const account = nobody();
  if (account === null) throw new Error('no "nobody" account');
  const script = await readFile(ATTACK_SCRIPT, 'utf8');
  const child = spawn(
    'setpriv',
    [...asOtherUser(account), process.execPath, '--input-type=module', '-'],
    {
      cwd: '/',
      env: { PATH: '/usr/bin:/bin', ETOM_ATTACK_PLAN: JSON.stringify(plan) },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => {
    child.once('exit', resolve);
    child.stdin.end(script);
  });
  if (code !== 0) throw new Error(`the attack script failed (exit ${code}):\n${stderr}`);
  return JSON.parse(stdout) as AttackReport;
}
