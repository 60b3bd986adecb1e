import type { ElkNode } from 'elkjs/lib/elk-api';

type Answer = { ok: true; graph: ElkNode } | { ok: false; message: string };

/**
 * Lays a graph out in a web worker of its own, so the page keeps answering while ELK works;
 * the worker ends with the answer.
 */
export function layoutInWorker(graph: ElkNode): Promise<ElkNode> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<Answer>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.graph);
      else reject(new Error(`Auto-layout failed: ${event.data.message}`));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`Auto-layout failed: ${event.message}`));
    };
    worker.postMessage(graph);
  });
}
