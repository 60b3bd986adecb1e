/**
 * Child process for the memory and responsiveness tests (RELIABILITY D.16, I.36): the real
 * host services (createHostHandlers) behind the real request handling of the browser host
 * (handleApiCall: body limits, the scan before JSON.parse, dispatch), answering as server.ts
 * does, on 127.0.0.1. It leaves out only the browser host's authentication and static files,
 * which these tests do not exercise. Prints `{"port":...}` once listening.
 * `POST /summary/workspace.open` opens a workspace through the same dispatch but answers only
 * a summary; `POST /serialise-last` then times what serialising its whole answer takes, in the
 * parts server.ts sends (the whole, and the longest part); `GET /stats` gives the longest stretch the main thread was busy since
 * the last asking. So a stall in reading a large workspace is told apart from one in sending
 * it, and from waiting for a CPU.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleApiCall } from '../../main/browser-host/api';
import { ANSWER_PART_CHARS, sendJson } from '../../main/browser-host/send-json';
import { dispatch } from '../../main/host/dispatch';
import { createHostHandlers } from '../../main/host/host-handlers';
import { JsonParts } from '../../shared/ipc/json-parts';
import type { OpenedWorkspace } from '../../shared/ipc/methods/workspace-methods';

const appDataDir = process.argv[2];
if (!appDataDir) throw new Error('usage: host-child <app-data-dir>');

const services = createHostHandlers({ appDataDir, host: 'browser', version: 'test' });
/** The last workspace opened by summary, kept until its answer's serialisation is timed. */
let lastOpened: unknown = null;

/*
 * The main thread's own CPU time (Linux schedstat), sampled every 2 ms: the largest increase
 * between two samples is the longest stretch the thread was busy, which a ping's latency
 * overstates on a loaded machine (there it also waits for a CPU).
 */
const threadCpuMs = (): number =>
  Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
let longestBusyMs = 0;
let lastCpuMs = threadCpuMs();
setInterval(() => {
  const now = threadCpuMs();
  longestBusyMs = Math.max(longestBusyMs, now - lastCpuMs);
  lastCpuMs = now;
}, 2).unref();

async function openSummary(body: string): Promise<string> {
  const result = await dispatch(services.handlers, 'workspace.open', JSON.parse(body));
  lastOpened = result;
  if (!result.ok) return JSON.stringify(result);
  const opened = result.value as OpenedWorkspace;
  return JSON.stringify({
    ok: true,
    value: {
      handle: opened.handle,
      problems: opened.problems,
      diagrams: opened.document.diagrams.map((diagram) => diagram.nodes.length),
    },
  });
}

const server = createServer((request, response) => {
  const url = request.url ?? '/';
  if (request.method === 'GET' && url === '/stats') {
    response.end(JSON.stringify({ longestBusyMs }));
    longestBusyMs = 0;
    return;
  }
  if (request.method === 'POST' && url === '/serialise-last') {
    // As server.ts sends it: part by part (send-json.ts), timing the whole and the longest part.
    const parts = new JsonParts(lastOpened);
    let serialiseMs = 0;
    let longestPartMs = 0;
    for (;;) {
      const started = performance.now();
      const part = parts.next(ANSWER_PART_CHARS);
      const ms = performance.now() - started;
      if (part === null) break;
      serialiseMs += ms;
      longestPartMs = Math.max(longestPartMs, ms);
    }
    lastOpened = null;
    response.end(JSON.stringify({ serialiseMs, longestPartMs }));
    return;
  }
  if (request.method === 'POST' && url === '/summary/workspace.open') {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      void openSummary(Buffer.concat(chunks).toString()).then((text) => response.end(text));
    });
    return;
  }
  const method = url.startsWith('/api/') ? decodeURIComponent(url.slice('/api/'.length)) : '';
  handleApiCall(request, method, services.handlers).then(
    (reply) => sendJson(response, reply.status, reply.body),
    (error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    },
  );
});

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  void services.dispose().then(() => process.exit(0));
});
