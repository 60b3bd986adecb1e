import { describe, expect, it } from 'vitest';
import { exportFontFiles } from '../../../../../main/services/export/export-font';
import { renderReportPdf } from '../../../../../main/services/report/report-pdf';
import { plainText } from '../../../../../main/services/report/pdf-text';
import { COVERAGE_RULES } from '../../../../../shared/coverage/coverage-rule';
import { getBuiltInCatalogue } from '../../../../../shared/etom/registry';
import type { FrameworkProcessId } from '../../../../../shared/model/ids';
import type { WorkspaceDocument } from '../../../../../shared/model/document';
import { companyProcess, mappingTo, TEST_FRAMEWORK } from '../../../../fixtures/model-builders';
import { buildDocument } from '../../../../fixtures/workspace-builder';
import { XSS_PAYLOADS } from '../../../../fixtures/xss-payloads';
import { readPdf } from '../../../../support/pdf-reader';

const catalogue = getBuiltInCatalogue(TEST_FRAMEWORK.pack)!;
const fonts = exportFontFiles();
const AT = '2026-11-30T10:00:00.000Z';

const inScope = (id: string) => ({
  target: { ...TEST_FRAMEWORK, id: id as FrameworkProcessId },
  status: 'in' as const,
  review: 'agreed' as const,
});

function documentWith(
  processes: WorkspaceDocument['processes']['processes'],
  mappings: WorkspaceDocument['mappings']['mappings'],
): WorkspaceDocument {
  const base = buildDocument({ processes: 0, diagrams: 0 });
  return {
    ...base,
    processes: { ...base.processes, processes },
    mappings: { ...base.mappings, mappings },
    scope: { ...base.scope, entries: [inScope('1.3.7')] },
  };
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe('the alignment report as PDF', () => {
  it('has a title page, contents, coverage, the rules, the heat map and the mappings in order', async () => {
    const document = documentWith(
      [
        companyProcess('c1', 'Open trouble ticket'),
        companyProcess('c2', 'Assign ticket'),
        companyProcess('c3', 'Close ticket'),
      ],
      [
        mappingTo('m1', 'c1', '1.3.7.1', 'full', { rationale: 'Opening is reporting.' }),
        mappingTo('m2', 'c2', '1.3.7.1', 'partial'),
        mappingTo('m3', 'c3', '1.3.7.5', 'full', { status: 'approved' }),
      ],
    );
    const report = await renderReportPdf(
      { document, catalogue, generatedAt: AT, generatedBy: 'Ana Analyst' },
      fonts,
      '/tmp/report.pdf',
    );
    const pdf = await readPdf(report.bytes);
    expect(pdf.pages).toHaveLength(report.pages);
    const [title, contents] = pdf.pages;
    expect(title!.text).toContain(document.workspace.name);
    expect(title!.text).toContain(catalogue.pack.label);
    expect(title!.text).toContain('Release 25.5');
    expect(title!.text).toContain(`Generated ${AT} by Ana Analyst`);
    expect(contents!.items.filter((t) => t.trim() !== '').slice(0, 6)).toEqual([
      'Contents',
      'Coverage summary',
      '3',
      'Coverage per L1',
      '3',
      'Coverage per L2',
    ]);
    const all = pdf.pages.map((p) => p.text).join('\n');
    for (const rule of COVERAGE_RULES) expect(squash(all)).toContain(squash(rule));
    // 1.3.7 has six L3s in scope, two covered.
    expect(all).toMatch(/1\.3\.7\s+Customer Problem Management\s+Scope \[2\/6\]\s+33%/);
    const heat = pdf.pages.find((p) => p.text.startsWith('Coverage heat map'))!;
    expect(heat.text).toContain('0% (gap)');
    expect(heat.text).toContain('1.3.7');
    const mappings = all.slice(all.indexOf('Mappings per framework process'));
    const order = [
      '1.3.7.1',
      'Assign ticket',
      'Partial',
      'Open trouble ticket',
      'Opening is reporting.',
      '1.3.7.5',
      'Close ticket',
      'approved',
    ].map((text) => mappings.indexOf(text));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    pdf.pages.slice(1).forEach((page, i) => {
      expect(page.text).toContain(`Page ${i + 2} of ${pdf.pages.length}`);
    });
    expect(pdf.embeddedFonts).toContain('NotoSans-Regular');
  });

  it('prints hostile names and rationales as plain text', async () => {
    const payloads = [...XSS_PAYLOADS, 'bad \u0000 nul \uD800 lone surrogate', '(%PDF-1.7) /JS'];
    const document = documentWith(
      payloads.map((name, i) => companyProcess(`c${i}`, name)),
      payloads.map((rationale, i) => mappingTo(`m${i}`, `c${i}`, '1.3.7.1', 'full', { rationale })),
    );
    const report = await renderReportPdf(
      { document, catalogue, generatedAt: AT, generatedBy: '<b>me</b>' },
      fonts,
      '/tmp/report.pdf',
    );
    const pdf = await readPdf(report.bytes);
    const all = squash(pdf.pages.map((p) => p.text).join(''));
    const missing = payloads.filter((p) => !all.includes(squash(plainText(p))));
    expect(missing).toEqual([]);
    expect(pdf.pages[0]!.text).toContain('<b>me</b>');
  });

  it('writes a workspace of 10,000 mappings', async () => {
    const processes = Array.from({ length: 1000 }, (_, i) =>
      companyProcess(`c${i}`, `Company process ${String(i).padStart(4, '0')}`),
    );
    const targets = catalogue.processes.filter((p) => p.level === 3).map((p) => p.id);
    const mappings = Array.from({ length: 10_000 }, (_, i) =>
      mappingTo(`m${i}`, `c${i % 1000}`, targets[i % targets.length]!, i % 3 ? 'full' : 'partial', {
        rationale: `Rationale ${i}: why this company process does this part of the work.`,
      }),
    );
    const started = performance.now();
    const report = await renderReportPdf(
      { document: documentWith(processes, mappings), catalogue, generatedAt: AT, generatedBy: 'x' },
      fonts,
      '/tmp/report.pdf',
    );
    const seconds = (performance.now() - started) / 1000;
    const pdf = await readPdf(report.bytes);
    expect(pdf.pages).toHaveLength(report.pages);
    expect(pdf.pages.at(-1)!.text).toContain(`Page ${report.pages} of ${report.pages}`);
    console.log(
      `PDF report of 10,000 mappings: ${seconds.toFixed(1)} s, ${report.pages} pages, ${report.bytes.byteLength} bytes (loaded machine)`,
    );
  }, 300_000);
});
