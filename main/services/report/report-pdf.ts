import { coverageOfDocument } from '../../../shared/coverage/document-coverage';
import { GAP_LEVEL } from '../../../shared/coverage/coverage-lists';
import { COVERAGE_RULES } from '../../../shared/coverage/coverage-rule';
import { levelSummary, percentLabel } from '../../../shared/coverage/coverage-summary';
import type { FrameworkCatalogue } from '../../../shared/etom/catalogue';
import { getMapLayout } from '../../../shared/etom/map-layout';
import { GB921_ATTRIBUTION } from '../../../shared/etom/registry';
import type { WorkspaceDocument } from '../../../shared/model/document';
import { renderFrameworkMapSvg } from '../../../shared/render/framework-map-svg';
import { HEAT_LEGEND, heatPaint } from '../../../shared/report/map-paints';
import { levelCoverageRows, reportMappingGroups } from '../../../shared/report/report-rows';
import type { ExportFontFiles } from '../export/export-font';
import { collectPdf, newDocument } from '../export/pdf/pdf-document';
import { FONT_FACES, drawSvgIntoPdf, svgForPdf } from '../export/pdf/svg-to-pdf';
import { checkSvgTree } from '../export/svg-check';
import { drawTable } from './pdf-table';
import {
  CONTENT_WIDTH,
  PAGE,
  PAGE_BOTTOM,
  addReportPage,
  heading,
  paragraph,
  plainText,
} from './pdf-text';

/** What the PDF alignment report is made from. */
export interface PdfReportInput {
  document: WorkspaceDocument;
  catalogue: FrameworkCatalogue;
  /** Printed on the title page (passed in, so the same input gives the same pages). */
  generatedAt: string;
  /** Who made it, printed on the title page. */
  generatedBy: string;
}

/** A written report: its bytes and page count. */
export interface PdfReport {
  bytes: Uint8Array;
  pages: number;
}

interface Entry {
  title: string;
  /** 0-based page index. */
  page: number;
  indent: number;
}

const pageNow = (doc: PDFKit.PDFDocument) => doc.bufferedPageRange().count - 1;

function titlePage(doc: PDFKit.PDFDocument, input: PdfReportInput): void {
  const { document, catalogue } = input;
  addReportPage(doc);
  let y = 220;
  doc.font(FONT_FACES.regular).fontSize(14).fillColor('#5d6b7a');
  doc.text('Alignment report', PAGE.margin, y, { width: CONTENT_WIDTH });
  y = doc.y + 10;
  y = heading(doc, document.workspace.name, y, 28);
  y = paragraph(doc, catalogue.pack.label, y + 10, 13);
  y = paragraph(doc, `Release ${document.workspace.framework.release}`, y, 11);
  y = paragraph(doc, `Generated ${input.generatedAt} by ${input.generatedBy}`, y + 16, 11);
  paragraph(doc, 'eTOM Studio', y, 11);
  doc.font(FONT_FACES.regular).fontSize(8).fillColor('#5d6b7a');
  doc.text(GB921_ATTRIBUTION, PAGE.margin, PAGE_BOTTOM - 30, { width: CONTENT_WIDTH });
}

/** The contents page, drawn once every section knows its page: a line and a link each. */
function fillContents(doc: PDFKit.PDFDocument, contentsPage: number, entries: Entry[]): void {
  doc.switchToPage(contentsPage);
  let y = heading(doc, 'Contents', PAGE.margin, 18);
  for (const entry of entries) {
    if (y > PAGE_BOTTOM - 14) break;
    const size = entry.indent === 0 ? 11 : 9.5;
    doc.font(entry.indent === 0 ? FONT_FACES.bold : FONT_FACES.regular).fontSize(size);
    doc.fillColor('#1d2733');
    const number = String(entry.page + 1);
    const numberWidth = doc.widthOfString(number);
    const x = PAGE.margin + entry.indent * 14;
    doc.text(plainText(entry.title), x, y, {
      width: CONTENT_WIDTH - (x - PAGE.margin) - numberWidth - 20,
      lineBreak: false,
      ellipsis: true,
      height: size * 1.4,
    });
    doc.text(number, PAGE.margin + CONTENT_WIDTH - numberWidth, y, { lineBreak: false });
    doc.goTo(PAGE.margin, y, CONTENT_WIDTH, size * 1.3, `page-${entry.page + 1}`);
    y += size * 1.6;
  }
}

/** "Page n of N" at the foot of every page but the title page, and a destination on each. */
function numberPages(doc: PDFKit.PDFDocument): number {
  const { count } = doc.bufferedPageRange();
  for (let i = 0; i < count; i += 1) {
    doc.switchToPage(i);
    doc.addNamedDestination(`page-${i + 1}`, 'XYZ', 0, PAGE.height, null);
    if (i === 0) continue;
    doc.font(FONT_FACES.regular).fontSize(8).fillColor('#5d6b7a');
    const label = `Page ${i + 1} of ${count}`;
    doc.text(label, PAGE.margin, PAGE.height - PAGE.margin, {
      width: CONTENT_WIDTH,
      align: 'right',
      lineBreak: false,
    });
  }
  return count;
}

/** Space for a heading and a couple of rows, or a new page. */
function roomFor(doc: PDFKit.PDFDocument, y: number, needed: number): number {
  if (y + needed <= PAGE_BOTTOM) return y;
  addReportPage(doc);
  return PAGE.margin;
}

/**
 * The alignment report as a PDF (A4): a title page (workspace, pack and release, date, who),
 * a contents page with links, the coverage summary per level and the coverage rules as the
 * HTML report states them, the in-scope L1 and L2 processes with `Scope [n/m]` and percentage,
 * the heat map as a vector picture with its key, and the mappings per framework process
 * (company process, alignment, status, rationale); every page but the first numbered. The rows
 * are the HTML report's (`shared/report/report-rows.ts`); text stays selectable.
 */
export async function renderReportPdf(
  input: PdfReportInput,
  fonts: ExportFontFiles,
  file: string,
): Promise<PdfReport> {
  const { document, catalogue } = input;
  const coverage = coverageOfDocument(document, catalogue);
  const hasMap = getMapLayout(catalogue.pack.id) !== undefined;
  const heatSvg = hasMap
    ? renderFrameworkMapSvg(catalogue.pack.id, {
        catalogue,
        paint: heatPaint(coverage),
        legend: HEAT_LEGEND,
        title: `Coverage, ${catalogue.pack.label}`,
      })
    : null;
  const heat = heatSvg === null ? null : svgForPdf(checkSvgTree(heatSvg, file).root, file);

  const doc = newDocument(fonts, `Alignment report: ${plainText(document.workspace.name)}`, true);
  const output = collectPdf(doc);
  const entries: Entry[] = [];
  try {
    titlePage(doc, input);
    addReportPage(doc);
    const contentsPage = pageNow(doc);
    doc.outline.addItem('Contents');

    addReportPage(doc);
    entries.push({ title: 'Coverage summary', page: pageNow(doc), indent: 0 });
    doc.outline.addItem('Coverage summary');
    let y = heading(doc, 'Coverage summary', PAGE.margin);
    const counts = [
      `${document.processes.processes.length} company processes`,
      `${document.mappings.mappings.length} mappings`,
    ].join(' · ');
    y = paragraph(doc, counts, y);
    // As the HTML report: the levels gaps are counted at, those with something in scope.
    const levels = levelSummary(catalogue, coverage).filter(
      (l) => l.inScope > 0 && l.level <= GAP_LEVEL,
    );
    y = drawTable(
      doc,
      [
        { header: 'level', width: 120 },
        { header: 'in scope', width: 120 },
        { header: 'covered', width: 120 },
        { header: 'weighted', width: CONTENT_WIDTH - 360 },
      ],
      levels.map((l) => [
        `L${l.level}`,
        String(l.inScope),
        String(l.covered),
        percentLabel(l.score),
      ]),
      y + 4,
    );
    y = heading(doc, 'How coverage is counted', roomFor(doc, y, 80), 13);
    COVERAGE_RULES.forEach((rule, i) => {
      y = paragraph(doc, `${i + 1}. ${rule}`, roomFor(doc, y, 40), 9.5);
    });

    for (const level of [1, 2]) {
      const rows = levelCoverageRows(catalogue, coverage, level);
      const title = `Coverage per L${level}`;
      y = roomFor(doc, y + 10, 80);
      entries.push({ title, page: pageNow(doc), indent: 0 });
      doc.outline.addItem(title);
      y = heading(doc, title, y, 13);
      if (rows.length === 0) {
        y = paragraph(doc, `No L${level} process is in scope.`, y);
        continue;
      }
      y = drawTable(
        doc,
        [
          { header: 'id', width: 50 },
          { header: `L${level} process`, width: CONTENT_WIDTH - 260 },
          { header: 'Scope [n/m]', width: 80 },
          { header: 'weighted', width: 60 },
          { header: 'mapped directly', width: 70 },
        ],
        rows.map((r) => [r.id, r.name, r.scope, r.percent, r.direct > 0 ? String(r.direct) : '']),
        y,
      );
    }

    if (heat !== null && heatSvg !== null) {
      addReportPage(doc);
      entries.push({ title: 'Coverage heat map', page: pageNow(doc), indent: 0 });
      doc.outline.addItem('Coverage heat map');
      const top = heading(doc, 'Coverage heat map', PAGE.margin);
      const room = { width: CONTENT_WIDTH, height: PAGE_BOTTOM - top };
      const scale = Math.min(room.width / heat.width, room.height / heat.height);
      doc.save();
      doc.translate(PAGE.margin + (room.width - heat.width * scale) / 2, top).scale(scale);
      drawSvgIntoPdf(doc, heat, file);
      doc.restore();
    }

    addReportPage(doc);
    entries.push({ title: 'Mappings per framework process', page: pageNow(doc), indent: 0 });
    doc.outline.addItem('Mappings per framework process');
    y = heading(doc, 'Mappings per framework process', PAGE.margin);
    const groups = reportMappingGroups(document, catalogue, coverage);
    if (groups.length === 0) paragraph(doc, 'No mappings yet.', y);
    let l1 = '';
    for (const group of groups) {
      y = roomFor(doc, y, 70);
      const domain = group.id.split('.').slice(0, 2).join('.');
      if (domain !== l1) {
        l1 = domain;
        const name = catalogue.byId(domain)?.name;
        entries.push({
          title: name === undefined ? domain : `${domain} ${name}`,
          page: pageNow(doc),
          indent: 1,
        });
      }
      y = heading(doc, `${group.id} ${group.name}  L${group.level}${group.scopeNote}`, y, 10.5);
      y = drawTable(
        doc,
        [
          { header: 'company process', width: 130 },
          { header: 'alignment', width: 65 },
          { header: 'status', width: 60 },
          { header: 'rationale', width: CONTENT_WIDTH - 255 },
        ],
        group.rows.map((r) => [r.company, r.alignment, r.status, r.rationale]),
        y - 2,
      );
    }
    fillContents(doc, contentsPage, entries);
    const pages = numberPages(doc);
    doc.end();
    return { bytes: await output, pages };
  } catch (error) {
    doc.end();
    throw error;
  }
}
