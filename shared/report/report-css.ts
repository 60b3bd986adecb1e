/** The report's style sheet, inlined so the file needs nothing beside itself. */
export const REPORT_CSS = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1d2733;
  background: #ffffff; margin: 24px auto; max-width: 1200px; padding: 0 16px; line-height: 1.4; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 28px 0 8px;
  border-bottom: 1px solid #d9dfe7; padding-bottom: 4px; } h3 { font-size: 14px; margin: 16px 0 4px; }
header p, small { color: #5d6b7a; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.95em; }
table { border-collapse: collapse; margin: 6px 0 12px; font-size: 13px; }
th, td { border: 1px solid #d9dfe7; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #eef2f6; }
td[data-score], td[data-n-m] { text-align: right; white-space: nowrap; }
.facts { display: flex; flex-wrap: wrap; gap: 8px 24px; margin-bottom: 8px; }
.fact b { font-size: 20px; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 16px; padding: 0; margin: 4px 0 8px; font-size: 13px; }
.swatch { display: inline-block; width: 14px; height: 14px; border: 1px solid #9aa7b4; margin-right: 6px; vertical-align: -2px; }
figure { margin: 0; overflow-x: auto; } figure svg { max-width: 100%; height: auto; }
footer { margin-top: 32px; font-size: 12px; color: #5d6b7a; }
@media print { body { margin: 0; max-width: none; } section { break-inside: avoid-page; } }
`;
