/// <reference lib="webworker" />
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';

/**
 * Runs ELK off the page's thread: a layered layout of a few hundred nodes takes seconds of
 * CPU, which on the main thread would freeze the editor. One message in (the graph), one out
 * (the laid-out graph, or why it failed).
 */
const elk = new ELK();

self.onmessage = (event: MessageEvent<ElkNode>) => {
  elk.layout(event.data).then(
    (graph) => self.postMessage({ ok: true, graph }),
    (error: unknown) => self.postMessage({ ok: false, message: String(error) }),
  );
};
