import { appendFileSync } from 'node:fs';

/** Environment variable naming a JSON-lines file that `npm run reliability` collects. */
export const SCORECARD_ENV = 'ETOM_SCORECARD_FILE';

/**
 * Reports a measured figure of the reliability bar (RELIABILITY.md): printed for whoever reads
 * the test output, and appended to the scorecard file when `npm run reliability` asked for one.
 * `item` is the bar's item ("A.1", "I.36"); `figures` are what its "Report" line names.
 */
export function reportFigures(
  item: string,
  title: string,
  figures: Record<string, string | number | boolean>,
): void {
  const text = Object.entries(figures)
    .map(
      ([key, value]) =>
        `${key} ${typeof value === 'number' ? value.toLocaleString('en') : String(value)}`,
    )
    .join(', ');
  console.info(`${item} ${title}: ${text}`);
  const file = process.env[SCORECARD_ENV];
  if (file) appendFileSync(file, `${JSON.stringify({ item, title, figures })}\n`);
}
