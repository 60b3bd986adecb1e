/**
 * Runs `export.write` requests through the real dispatch and export handler, outside
 * Playwright's loader (which cannot import the framework packs' JSON). Reads a JSON array of
 * `{ path, svg }` or `{ path, scheme }` (our own framework map of that scheme) on stdin and
 * prints the array of host results.
 */
import { text } from 'node:stream/consumers';
import type { HostHandlers } from '../../../shared/ipc/handlers';
import { renderFrameworkMapSvg } from '../../../shared/render/framework-map-svg';
import { dispatch } from '../../../main/host/dispatch';
import { createExportHandlers } from '../../../main/host/export-handlers';

type Request = { path: string; svg: string } | { path: string; scheme: string };

const handlers = createExportHandlers() as unknown as HostHandlers;
const requests = JSON.parse(await text(process.stdin)) as Request[];
const results = [];
for (const request of requests) {
  const svg = 'svg' in request ? request.svg : renderFrameworkMapSvg(request.scheme);
  results.push(
    await dispatch(handlers, 'export.write', { path: request.path, format: 'svg', svg }),
  );
}
process.stdout.write(JSON.stringify(results));
