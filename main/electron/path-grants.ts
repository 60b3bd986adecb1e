import { randomBytes } from 'node:crypto';
import { HostFailure } from '../../shared/ipc/errors';
import type { OfferedPath, PathChoice } from '../../shared/ipc/path-ref';
import type { PathAccess, PathOffer, PathUse } from '../host/path-access';

/** What one reference may do, and whether a use spends it. */
interface Grant {
  readonly path: string;
  readonly uses: ReadonlySet<PathUse>;
  /** The use that spends a dialog's answer; standing grants (recent, launch) have none. */
  readonly spentBy: PathUse | null;
  readonly recent: boolean;
}

/** Answers of dialogs that were never used are dropped, oldest first, past this many. */
const MAX_DIALOG_GRANTS = 64;

const WORDS: Readonly<Record<PathUse, string>> = {
  inspect: 'look at',
  open: 'open a workspace',
  create: 'create a workspace',
  copy: 'save a copy',
  'export-svg': 'export an SVG',
  'export-png': 'export a PNG',
  'export-pdf': 'export a PDF',
  'export-html': 'export an HTML file',
  'export-xlsx': 'export an XLSX workbook',
  'export-csv': 'export a CSV file',
  'export-json': 'export a JSON file',
  import: 'import a workbook',
  forget: 'remove from the recent list',
  list: 'list its folders',
  'make-folder': 'make a folder in it',
};

const newRef = (): string => `pr-${randomBytes(16).toString('base64url')}`;

/**
 * The desktop app's paths (RELIABILITY G.32): a path reaches main only through a reference main
 * issued. A native dialog's answer is good for the one call it was asked for (and for looking at
 * the place before it), then it is spent; a recent entry opens, is looked at or is forgotten while
 * it is on the list; the folder named at launch opens as often as needed. A bare path, a
 * reference main never issued or one used for something else is refused, and the path sent beside
 * a reference (shown to the user) is never used.
 */
export class PathGrants implements PathAccess {
  private readonly grants = new Map<string, Grant>();
  private readonly recentRefs = new Map<string, string>();

  // eslint-disable-next-line @typescript-eslint/require-await -- async turns a throw into a rejection
  async resolve(place: PathChoice, use: PathUse): Promise<string> {
    return this.take(place, use);
  }

  offer(path: string, why: PathOffer): OfferedPath {
    const ref = newRef();
    if (why.kind === 'launch') {
      this.grants.set(ref, {
        path,
        uses: new Set(['open', 'inspect']),
        spentBy: null,
        recent: false,
      });
    } else {
      this.dropOldDialogGrants();
      const uses = new Set<PathUse>(why.use === 'import' ? ['import'] : [why.use, 'inspect']);
      this.grants.set(ref, { path, uses, spentBy: why.use, recent: false });
    }
    return { path, ref };
  }

  offerRecent(paths: ReadonlyArray<string>): OfferedPath[] {
    const listed = new Set(paths);
    for (const [path, ref] of this.recentRefs) {
      if (!listed.has(path)) this.withdrawRecent(path, ref);
    }
    return paths.map((path) => {
      let ref = this.recentRefs.get(path);
      if (ref === undefined) {
        ref = newRef();
        this.recentRefs.set(path, ref);
        this.grants.set(ref, {
          path,
          uses: new Set(['open', 'inspect', 'forget']),
          spentBy: null,
          recent: true,
        });
      }
      return { path, ref };
    });
  }

  private take(place: PathChoice, use: PathUse): string {
    if (place.ref === undefined) {
      throw new HostFailure({
        code: 'FORBIDDEN',
        message:
          'The desktop app opens and writes only files and folders chosen in its own dialogs or recent list; choose it with Browse… or Choose… instead of typing the path.',
      });
    }
    const grant = this.grants.get(place.ref);
    if (grant === undefined) {
      throw new HostFailure({
        code: 'UNKNOWN_HANDLE',
        message: 'That choice of file or folder is no longer valid; choose it again.',
      });
    }
    if (!grant.uses.has(use)) {
      const purpose = [...grant.uses].filter((u) => u !== 'inspect').map((u) => WORDS[u]);
      throw new HostFailure({
        code: 'FORBIDDEN',
        message: `${grant.path} was chosen to ${purpose.join(' or ')}, not to ${WORDS[use]}; choose it again for this.`,
        file: grant.path,
      });
    }
    if (grant.spentBy === use) this.grants.delete(place.ref);
    if (use === 'forget' && grant.recent) this.withdrawRecent(grant.path, place.ref);
    return grant.path;
  }

  private withdrawRecent(path: string, ref: string): void {
    this.recentRefs.delete(path);
    this.grants.delete(ref);
  }

  private dropOldDialogGrants(): void {
    const dialogRefs = [...this.grants].filter(([, grant]) => grant.spentBy !== null);
    // Maps keep insertion order, so the first entries are the oldest.
    for (const [ref] of dialogRefs.slice(
      0,
      Math.max(0, dialogRefs.length - MAX_DIALOG_GRANTS + 1),
    )) {
      this.grants.delete(ref);
    }
  }
}
