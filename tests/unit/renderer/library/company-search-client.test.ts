import { describe, expect, it } from 'vitest';
import type { CompanyHit } from '../../../../shared/mapping/company-search';
import {
  createCompanySearchService,
  type CompanySearchReply,
  type CompanySearchRequest,
} from '../../../../shared/mapping/company-search-protocol';
import {
  CompanySearchClient,
  type SearchPort,
} from '../../../../renderer/library/company-search-client';
import { companyProcess } from '../../../fixtures/model-builders';

/*
 * The client against the real service through a port that queues messages as a worker does
 * (Web Workers do not exist in Node: the port is the seam, the service is the worker's code).
 */
function queuedPort() {
  const handle = createCompanySearchService();
  const sent: CompanySearchRequest[] = [];
  const port: SearchPort & { deliverAll(): void } = {
    onmessage: null,
    postMessage: (request) => sent.push(request),
    deliverAll() {
      for (const request of sent.splice(0)) {
        const reply = handle(request);
        if (reply) port.onmessage?.({ data: reply } as MessageEvent<CompanySearchReply>);
      }
    },
  };
  return { port, sent };
}

const processes = [
  companyProcess('p-ticket', 'Handle trouble tickets', null, { code: 'TTR-01' }),
  companyProcess('p-dunning', 'Send dunning letters', null, { code: 'BTC-01' }),
];

describe('CompanySearchClient', () => {
  it('sends each catalogue version once, then only queries', () => {
    const { port, sent } = queuedPort();
    const client = new CompanySearchClient(port);
    client.search(processes, 'tro', 10, () => {});
    port.deliverAll();
    client.search(processes, 'trou', 10, () => {});
    expect(sent.map((r) => r.kind)).toEqual(['search']);
    port.deliverAll();
    client.search([...processes], 'trou', 10, () => {});
    expect(sent.map((r) => r.kind)).toEqual(['index', 'search']);
  });

  it('indexes a catalogue ahead of its first query', () => {
    const { port, sent } = queuedPort();
    const client = new CompanySearchClient(port);
    client.prepare(processes);
    client.prepare(processes);
    expect(sent.map((r) => r.kind)).toEqual(['index']);
    client.search(processes, 'dunning', 10, () => {});
    expect(sent.map((r) => r.kind)).toEqual(['index', 'search']);
  });

  it('keeps one query in the worker: those typed meanwhile are dropped but the latest', () => {
    const { port, sent } = queuedPort();
    const client = new CompanySearchClient(port);
    const got: string[] = [];
    for (const text of ['t', 'tr', 'tro', 'trou', 'troub']) {
      client.search(processes, text, 10, () => got.push(text));
    }
    // The first went to the worker; of the four typed while it ran only the last waits.
    const searched = () => sent.flatMap((r) => (r.kind === 'search' ? [r.text] : []));
    expect(searched()).toEqual(['t']);
    port.deliverAll();
    expect(searched()).toEqual(['troub']);
    port.deliverAll();
    expect(got).toEqual(['troub']);
    expect(sent).toEqual([]);
  });

  it('delivers only the latest query, from the catalogue it named', () => {
    const { port } = queuedPort();
    const client = new CompanySearchClient(port);
    const got: Array<[string, CompanyHit[]]> = [];
    client.search(processes, 'dunning', 10, (hits) => got.push(['dunning', hits]));
    client.search(processes, 'trouble', 10, (hits) => got.push(['trouble', hits]));
    port.deliverAll();
    port.deliverAll();
    expect(got.map(([text, hits]) => [text, hits.map((h) => h.processId)])).toEqual([
      ['trouble', ['p-ticket']],
    ]);
  });

  it('delivers nothing once cancelled', () => {
    const { port } = queuedPort();
    const client = new CompanySearchClient(port);
    let delivered = false;
    client.search(processes, 'dunning', 10, () => (delivered = true));
    client.cancel();
    port.deliverAll();
    expect(delivered).toBe(false);
  });
});
