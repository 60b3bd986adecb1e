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
 * always comes from the catalogue it was asked about. One query is in the worker at a time: a
 * query typed while one runs waits, and a newer one replaces it unsent, so fast typing never
 * queues stale searches ahead of the latest. Only the latest query's answer is delivered.
 */
export class CompanySearchClient {
  private readonly versions = new WeakMap<readonly CompanyProcess[], number>();
  private nextVersion = 1;
  private nextSeq = 1;
  private latest: { seq: number; deliver: (hits: CompanyHit[]) => void } | null = null;
  private inFlight = false;
  private waiting: CompanySearchRequest | null = null;

  constructor(private readonly port: SearchPort) {
    port.onmessage = (event) => {
      this.inFlight = false;
      const next = this.waiting;
      this.waiting = null;
      if (next !== null) this.send(next);
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
    const version = this.prepare(processes);
    const seq = this.nextSeq++;
    this.latest = { seq, deliver };
    const request: CompanySearchRequest = { kind: 'search', seq, version, text, limit };
    if (this.inFlight) this.waiting = request;
    else this.send(request);
  }

  /**
   * Has `processes` indexed ahead of the first query (the worker builds it meanwhile); the
   * version that names it.
   */
  prepare(processes: readonly CompanyProcess[]): number {
    let version = this.versions.get(processes);
    if (version === undefined) {
      version = this.nextVersion++;
      this.versions.set(processes, version);
      this.port.postMessage({ kind: 'index', version, processes });
    }
    return version;
  }

  /** Forgets the ask in flight and the one waiting (their view went away). */
  cancel(): void {
    this.latest = null;
    this.waiting = null;
  }

  private send(request: CompanySearchRequest): void {
    this.inFlight = true;
    this.port.postMessage(request);
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
