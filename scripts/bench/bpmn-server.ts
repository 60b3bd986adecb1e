/**
 * A tiny static server on 127.0.0.1 for the bpmn-js half of `npm run bench:canvas`: one page
 * that loads bpmn-js's Modeler bundle from node_modules and, when the benchmark calls
 * `benchOpen()`, fetches the BPMN XML and imports it. Serves nothing but the files listed.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { PaneBox } from './canvas-figures';
import { START_VIEW } from './canvas-layout';

const DIST = join('node_modules', 'bpmn-js', 'dist');

const FILES: Record<string, { path: string; type: string }> = {
  '/bpmn-modeler.js': { path: 'bpmn-modeler.production.min.js', type: 'text/javascript' },
  '/diagram-js.css': { path: 'assets/diagram-js.css', type: 'text/css' },
  '/bpmn-js.css': { path: 'assets/bpmn-js.css', type: 'text/css' },
  '/bpmn-font/css/bpmn.css': { path: 'assets/bpmn-font/css/bpmn.css', type: 'text/css' },
};

/** The page: a canvas the size of ours, and `benchOpen()` timing fetch + import + paint. */
function page(pane: PaneBox): string {
  const { x, y, zoom } = START_VIEW;
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>bpmn-js bench</title>
<link rel="stylesheet" href="/diagram-js.css"><link rel="stylesheet" href="/bpmn-js.css">
<link rel="stylesheet" href="/bpmn-font/css/bpmn.css">
<style>body{margin:0} #canvas{position:absolute;left:0;top:0;width:${pane.width}px;height:${pane.height}px}</style>
</head><body><div id="canvas"></div>
<script src="/bpmn-modeler.js"></script>
<script>
window.benchOpen = async () => {
  const start = performance.now();
  const xml = await (await fetch('/diagram.bpmn')).text();
  const modeler = new BpmnJS({ container: '#canvas' });
  await modeler.importXML(xml);
  // The same starting view as ours: zoom ${zoom}, the origin ${x} px in and ${y} px down.
  modeler.get('canvas').viewbox({ x: ${-x / zoom}, y: ${-y / zoom}, width: ${pane.width / zoom}, height: ${pane.height / zoom} });
  window.benchModeler = modeler;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return { start, ready: performance.now() };
};
</script></body></html>`;
}

export interface BpmnServer {
  url: string;
  /** Serves `xml` as /diagram.bpmn and a canvas of the size of `pane` from now on. */
  serve(xml: string, pane: PaneBox): void;
  stop(): Promise<void>;
}

/** Starts the server on a free port. */
export async function startBpmnServer(): Promise<BpmnServer> {
  let xml = '';
  let html = '';
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const send = (status: number, type: string, body: string | Buffer) => {
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      response.end(body);
    };
    if (path === '/') return send(200, 'text/html', html);
    if (path === '/diagram.bpmn') return send(200, 'application/xml', xml);
    const file = FILES[path];
    if (!file) return send(404, 'text/plain', 'not found');
    readFile(join(DIST, file.path)).then(
      (body) => send(200, file.type, body),
      () => send(500, 'text/plain', 'unreadable'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    serve(nextXml, pane) {
      xml = nextXml;
      html = page(pane);
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
