/**
 * bpmn-js's half of `npm run bench:export`: the same grid as BPMN XML with DI (bpmn-xml.ts),
 * imported by bpmn-js's Modeler in headless Chromium (bpmn-server.ts, as for bench:canvas),
 * then `saveSVG()`, then that SVG rasterised as a bpmn-js user would in the same page: drawn as
 * an image on a canvas of its own pixel size (1 px per diagram unit, on white) and encoded with
 * `canvas.toBlob('image/png')`. Each size runs in a fresh browser, so the renderer process's
 * peak memory is that size's own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { bpmnXml } from './bpmn-xml';
import type { BpmnServer } from './bpmn-server';
import type { BenchLayout } from './canvas-layout';

import { CHROMIUM_ARGS } from './chromium-args';

/** What one size of bpmn-js measured. */
export interface BpmnExportFigures {
  /** importXML, not part of either export: what opening the diagram took. */
  importMs: number;
  /** `saveSVG()`. */
  svgMs: number;
  /** From the SVG string to the PNG blob: image decode, draw on the canvas, toBlob. */
  rasterMs: number;
  /** CPU time of every Chromium process during saveSVG, and during the rasterising. */
  svgCpuMs: number;
  rasterCpuMs: number;
  svgBytes: number;
  pngBytes: number;
  width: number;
  height: number;
  /** Peak resident memory of the page's renderer process (the import included). */
  rendererPeakMb: number;
  /** Why the PNG could not be made, if it could not (a canvas too large, a failed encode). */
  pngError?: string;
}

const PANE = { x: 0, y: 0, width: 1280, height: 720 };

interface ChromiumProcess {
  pid: number;
  cmdline: string;
  /** Peak resident memory (VmHWM). */
  peakMb: number;
  /** CPU time used so far, user and system. */
  cpuMs: number;
}

/** Chromium's processes under this one (found through /proc). */
function chromiumDescendants(): ChromiumProcess[] {
  const parents = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name (field 2) may hold spaces: the parent pid follows its closing bracket.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      // utime and stime (fields 14 and 15), in clock ticks of 10 ms (CLK_TCK 100 on Linux).
      cpu.set(Number(entry), (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // The process ended while listing.
    }
  }
  const isOurs = (pid: number): boolean => {
    for (let p = parents.get(pid), hops = 0; p !== undefined && hops < 20; hops += 1) {
      if (p === process.pid) return true;
      p = parents.get(p);
    }
    return false;
  };
  const found: ChromiumProcess[] = [];
  for (const pid of parents.keys()) {
    if (!isOurs(pid)) continue;
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      found.push({ pid, cmdline, peakMb: Number(hwm?.[1] ?? 0) / 1024, cpuMs: cpu.get(pid) ?? 0 });
    } catch {
      // The process ended while reading.
    }
  }
  return found;
}

/** Runs in the page after benchOpen(): `saveSVG()`, the SVG kept for the next step. */
async function saveSvgInPage(): Promise<{ svgMs: number; svgBytes: number }> {
  const page = window as unknown as {
    benchModeler: { saveSVG(): Promise<{ svg: string }> };
    benchSvg: string;
  };
  const start = performance.now();
  const { svg } = await page.benchModeler.saveSVG();
  const svgMs = performance.now() - start;
  page.benchSvg = svg;
  return { svgMs, svgBytes: new Blob([svg]).size };
}

interface RasterFigures {
  rasterMs: number;
  pngBytes: number;
  width: number;
  height: number;
  pngError?: string;
}

/** Runs in the page after saveSvgInPage(): the SVG drawn on a canvas and encoded as PNG. */
async function rasterInPage(): Promise<RasterFigures> {
  const start = performance.now();
  const svg = (window as unknown as { benchSvg: string }).benchSvg;
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  const image = new Image();
  image.src = url;
  try {
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2D context for a canvas of this size');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob === null) throw new Error('toBlob gave no PNG');
    return {
      rasterMs: performance.now() - start,
      pngBytes: blob.size,
      width: canvas.width,
      height: canvas.height,
    };
  } catch (error) {
    return {
      rasterMs: Number.NaN,
      pngBytes: 0,
      width: image.naturalWidth,
      height: image.naturalHeight,
      pngError: error instanceof Error ? error.message : String(error),
    };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** CPU time (user + system, ms) used so far by all of Chromium's processes under this one. */
const chromiumCpuMs = () => chromiumDescendants().reduce((sum, p) => sum + p.cpuMs, 0);

/** bpmn-js's SVG and PNG export of the grid, in a fresh headless Chromium. */
export async function measureBpmnExport(
  executablePath: string,
  server: BpmnServer,
  layout: BenchLayout,
): Promise<BpmnExportFigures> {
  server.serve(bpmnXml(layout), PANE);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: PANE.width, height: PANE.height } });
    page.setDefaultTimeout(600_000);
    await page.goto(server.url);
    const { start, ready } = await page.evaluate(() =>
      (window as unknown as { benchOpen(): Promise<{ start: number; ready: number }> }).benchOpen(),
    );
    const cpuAtStart = chromiumCpuMs();
    const svg = await page.evaluate(saveSvgInPage);
    const cpuAtSvg = chromiumCpuMs();
    const raster = await page.evaluate(rasterInPage);
    const cpuAtPng = chromiumCpuMs();
    const renderers = chromiumDescendants().filter((p) => p.cmdline.includes('--type=renderer'));
    return {
      importMs: ready - start,
      ...svg,
      svgCpuMs: cpuAtSvg - cpuAtStart,
      ...raster,
      rasterCpuMs: cpuAtPng - cpuAtSvg,
      rendererPeakMb: Math.max(0, ...renderers.map((p) => p.peakMb)),
    };
  } finally {
    await browser.close();
  }
}
