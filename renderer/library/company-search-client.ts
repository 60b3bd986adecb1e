import type { CompanyHit } from '../../shared/mapping/company-search';
import type {
  CompanySearchReply,
  CompanySearchRequest,
} from '../../shared/mapping/company-search-protocol';
import type { CompanyProcess } from '../../shared/model/process-schema';

/** What the client needs of a worker: the seam a unit test replaces with the service itself. */
export interface SearchPort {
  postMessage(request: CompanySearchRequest): void;
  onmessage: ((event: MessageEvent<CompanySearchReply>) => void) | null;
}

/**
 * The page's side of the company search worker. Each new catalogue (a new array: edits never
 * mutate it) is sent once to be indexed; a query names the version it searches, so an answer
 * always comes from the catalogue it was asked about. Only the latest query's answer is
 * delivered: one typed past is dropped.
 */
export class CompanySearchClient {
  private readonly versions = new WeakMap<readonly CompanyProcess[], number>();
  private nextVersion = 1;
  private nextSeq = 1;
  private latest: { seq: number; deliver: (hits: CompanyHit[]) => void } | null = null;

  constructor(private readonly port: SearchPort) {
    port.onmessage = (event) => {
      const pending = this.latest;
      if (pending === null || event.data.seq !== pending.seq) return;
      this.latest = null;
      pending.deliver(event.data.hits);
    };
  }

  /** Asks for the hits of `text` among `processes`; `deliver` runs unless a newer ask came. */
  search(
    processes: readonly CompanyProcess[],
    text: string,
    limit: number,
    deliver: (hits: CompanyHit[]) => void,
  ): void {
    let version = this.versions.get(processes);
    if (version === undefined) {
      version = this.nextVersion++;
      this.versions.set(processes, version);
      this.port.postMessage({ kind: 'index', version, processes });
    }
    const seq = this.nextSeq++;
    this.latest = { seq, deliver };
    this.port.postMessage({ kind: 'search', seq, version, text, limit });
  }

  /** Forgets the ask in flight (its view went away). */
  cancel(): void {
    this.latest = null;
  }
}

let shared: CompanySearchClient | null = null;

/** The one client of the page, with its worker started on first use. */
export function companySearchClient(): CompanySearchClient {
  shared ??= new CompanySearchClient(
    new Worker(new URL('./company-search.worker.ts', import.meta.url), {
      type: 'module',
    }),
  );
  return shared;
}
