import ExcelJS from 'exceljs';

/** The header row of TM Forum's GB921 v25.5 process sheet. */
export const GB921_HEADER = [
  'Process',
  'Process identifier',
  'Level',
  'Extended Description',
  'Brief description',
  'Domain',
  'Vertical Group',
  'Original Process Identifier',
  'UID',
  'Issue',
];

export type FixtureRow = Array<string | number | null>;

/** A small workbook in GB921's layout; tests change the sheet name, header or rows. */
export async function makeWorkbook(
  rows: FixtureRow[],
  options: { sheet?: string; header?: string[]; titleRow?: boolean } = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Document Title').addRow(['Test workbook']);
  const sheet = workbook.addWorksheet(options.sheet ?? 'eTOM25,5');
  if (options.titleRow === true) sheet.addRow(['A title above the header']);
  sheet.addRow(options.header ?? GB921_HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Rows for a tiny two-domain framework: made-up names and descriptions, no TM Forum text. */
export const GOOD_ROWS: FixtureRow[] = [
  [
    'Alpha Management',
    '1.3.1',
    2,
    'Alpha long text',
    'Alpha short',
    'Customer Domain',
    'Fulfillment',
    '1.1.1.1',
    11,
    null,
  ],
  [
    'Alpha Management',
    '1.3.1',
    2,
    'Alpha long text',
    'Alpha short',
    'Customer Domain',
    'Assurance',
    '1.1.1.1',
    11,
    null,
  ],
  [
    'Alpha Step',
    '1.3.1.1',
    3,
    'Step long',
    'Step short',
    'Customer Domain',
    'Assurance',
    'N/A New Process',
    12,
    null,
  ],
  [
    'Beta Management',
    '1.7.1',
    2,
    'Beta long',
    'Beta short',
    'Enterprise Domain',
    null,
    null,
    13,
    'created in test',
  ],
];
