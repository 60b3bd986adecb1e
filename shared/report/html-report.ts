import { coverageOfDocument } from '../coverage/document-coverage';
import { COVERAGE_RULES } from '../coverage/coverage-rule';
import { GAP_LEVEL, listExtensions, listGaps, listOverlaps } from '../coverage/coverage-lists';
import { levelSummary, percentLabel } from '../coverage/coverage-summary';
import type { CoverageResult } from '../coverage/coverage-types';
import { HEAT_NOT_IN_SCOPE, HEAT_STEPS } from '../coverage/heat-palette';
import type { FrameworkCatalogue } from '../etom/catalogue';
import { getMapLayout } from '../etom/map-layout';
import { GB921_ATTRIBUTION } from '../etom/registry';
import type { WorkspaceDocument } from '../model/document';
import { renderFrameworkMapSvg } from '../render/framework-map-svg';
import { escapeHtml as esc } from './html-escape';
import { heatPaint, scopePaint, SCOPE_COLOURS } from './map-paints';
import { REPORT_CSS } from './report-css';
import { levelCoverageRows, reportMappingGroups } from './report-rows';

/** What the alignment report is made from. */
export interface ReportInput {
  document: WorkspaceDocument;
  catalogue: FrameworkCatalogue;
  /** Printed as the report's date (passed in, so the same input gives the same file). */
  generatedAt: string;
}

const table = (head: readonly string[], rows: readonly string[][], cls = ''): string =>
  `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((cells) => `<tr>${cells.join('')}</tr>`)
    .join('')}</tbody></table>`;

/** A cell holding text, escaped, with an optional `data-` attribute for tests and tools. */
const td = (text: string | number, data?: [string, string | number]): string =>
  `<td${data ? ` data-${data[0]}="${esc(String(data[1]))}"` : ''}>${esc(String(text))}</td>`;

/** An SVG document for inline HTML: the XML declaration dropped. */
const inlineSvg = (svg: string): string => svg.replace(/^<\?xml[^>]*\?>\s*/, '');

function legend(): string {
  const swatch = (fill: string, label: string) =>
    `<li><span class="swatch" style="background:${fill}"></span>${esc(label)}</li>`;
  return `<ul class="legend">${HEAT_STEPS.map((s) => swatch(s.fill, s.label)).join('')}${swatch(
    HEAT_NOT_IN_SCOPE.fill,
    'not in scope',
  )}</ul>`;
}

function scopeLegend(): string {
  const labels = {
    in: 'in scope',
    adjacent: 'adjacent',
    tbd: 'to be decided',
    out: 'out of scope',
    unset: 'no decision',
  };
  return `<ul class="legend">${Object.entries(SCOPE_COLOURS)
    .map(
      ([key, c]) =>
        `<li><span class="swatch" style="background:${c.fill}"></span>${esc(labels[key as keyof typeof labels])}</li>`,
    )
    .join('')}</ul>`;
}

function summary(
  catalogue: FrameworkCatalogue,
  coverage: CoverageResult,
  counts: Record<string, number>,
): string {
  const levels = levelSummary(catalogue, coverage).filter(
    (l) => l.inScope > 0 && l.level <= GAP_LEVEL,
  );
  const rows = levels.map((l) => [
    td(`L${l.level}`),
    td(l.inScope, ['level-in-scope', l.inScope]),
    td(l.covered, ['level-covered', l.covered]),
    td(percentLabel(l.score), ['level-score', Math.round(l.score * 100)]),
  ]);
  const facts = Object.entries(counts)
    .map(
      ([label, value]) =>
        `<div class="fact"><b data-count="${esc(label)}">${value}</b> ${esc(label)}</div>`,
    )
    .join('');
  return `<div class="facts">${facts}</div>${table(['level', 'in scope', 'covered', 'weighted'], rows, 'levels')}`;
}

function perL2(catalogue: FrameworkCatalogue, coverage: CoverageResult): string {
  const rows = levelCoverageRows(catalogue, coverage, 2).map((row) => [
    td(row.id),
    td(row.name),
    td(row.scope, ['n-m', `${row.covered}/${row.inScope}`]),
    td(row.percent, ['score', Math.round(row.score * 100)]),
    td(row.direct > 0 ? `${row.direct}` : ''),
  ]);
  if (rows.length === 0) return '<p>No L2 process is in scope.</p>';
  return table(['id', 'L2 process', 'Scope [n/m]', 'weighted', 'mapped directly'], rows, 'per-l2');
}

function mappingsByTarget(input: ReportInput, coverage: CoverageResult): string {
  const parts = reportMappingGroups(input.document, input.catalogue, coverage).map((group) => {
    const rows = group.rows.map((row) => [
      td(row.company),
      td(row.alignment),
      td(row.status),
      td(row.rationale),
    ]);
    return `<section class="target" data-target="${esc(group.id)}"><h3><code>${esc(group.id)}</code> ${esc(group.name)} <small>L${group.level}${esc(group.scopeNote)}</small></h3>${table(['company process', 'alignment', 'status', 'rationale'], rows)}</section>`;
  });
  return parts.length === 0 ? '<p>No mappings yet.</p>' : parts.join('');
}

/**
 * The alignment report as one self-contained HTML file: inline CSS, inline SVG, no script, no
 * outside resource; every workspace string escaped. It holds the scope footprint and the heat
 * map, coverage per L2, the mappings per framework process with alignment and rationale, gaps,
 * overlaps, extensions and the coverage rules.
 */
export function renderHtmlReport(input: ReportInput): string {
  const { document, catalogue } = input;
  const coverage = coverageOfDocument(document, catalogue);
  const gaps = listGaps(catalogue, coverage);
  const overlaps = listOverlaps(catalogue, coverage);
  const extensions = listExtensions(document.processes.processes, document.mappings.mappings);
  const names = new Map(document.processes.processes.map((p) => [p.id as string, p.name] as const));
  const hasMap = getMapLayout(catalogue.pack.id) !== undefined;
  const map = (title: string, paint: ReturnType<typeof heatPaint>) =>
    hasMap
      ? `<figure>${inlineSvg(renderFrameworkMapSvg(catalogue.pack.id, { catalogue, paint, title }))}</figure>`
      : '<p>This pack has no level-0/level-1 map.</p>';
  const name = document.workspace.name;
  const counts = {
    'company processes': document.processes.processes.length,
    mappings: document.mappings.mappings.length,
    gaps: gaps.length,
    overlaps: overlaps.length,
    extensions: extensions.length,
  };
  const list = (items: string[], empty: string) =>
    items.length === 0 ? `<p>${esc(empty)}</p>` : `<ul>${items.join('')}</ul>`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(`Alignment report: ${name}`)}</title>
<style>${REPORT_CSS}</style></head><body>
<header><h1>${esc(`Alignment report: ${name}`)}</h1>
<p>${esc(catalogue.pack.label)} · generated ${esc(input.generatedAt)} by eTOM Studio</p></header>
<section id="summary"><h2>Summary</h2>${summary(catalogue, coverage, counts)}</section>
<section id="rules"><h2>How coverage is counted</h2><ol>${COVERAGE_RULES.map((r) => `<li>${esc(r)}</li>`).join('')}</ol></section>
<section id="scope"><h2>Scope footprint</h2>${scopeLegend()}${map(`Scope footprint, ${catalogue.pack.label}`, scopePaint(coverage))}</section>
<section id="heatmap"><h2>Coverage heat map</h2>${legend()}${map(`Coverage, ${catalogue.pack.label}`, heatPaint(coverage))}</section>
<section id="per-l2"><h2>Coverage per L2</h2>${perL2(catalogue, coverage)}</section>
<section id="mappings"><h2>Mappings per framework process</h2>${mappingsByTarget(input, coverage)}</section>
<section id="gaps"><h2>Gaps</h2>${list(
    gaps.map(
      (g) =>
        `<li data-gap="${esc(g.id)}"><code>${esc(g.id)}</code> ${esc(g.name)} <small>L${g.level}</small></li>`,
    ),
    'No gaps: every in-scope process is covered.',
  )}</section>
<section id="overlaps"><h2>Overlaps</h2>${list(
    overlaps.map(
      (o) =>
        `<li data-overlap="${esc(o.id)}"><code>${esc(o.id)}</code> ${esc(o.name)}: ${esc(o.companyProcessIds.map((id) => names.get(id) ?? id).join('; '))}</li>`,
    ),
    'No framework process is mapped from more than one company process.',
  )}</section>
<section id="extensions"><h2>Extensions</h2>${list(
    extensions.map(
      (x) =>
        `<li data-extension="${esc(x.processId)}">${esc(x.name)} <small>${x.reason === 'flagged' ? 'not in eTOM' : 'no mapping yet'}</small></li>`,
    ),
    'Every company process is mapped.',
  )}</section>
<footer><p>${esc(GB921_ATTRIBUTION)}</p></footer>
</body></html>
`;
}
