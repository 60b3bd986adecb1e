/** The fields an import can fill, each from one column of the table. */
export const IMPORT_FIELDS = [
  'name',
  'code',
  'parentCode',
  'path',
  'description',
  'owner',
  'level',
  'tags',
  'extension',
  'etomId',
  'alignment',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Which column (by index in the header) fills which field; unmapped fields are absent. */
export type ColumnMap = Partial<Record<ImportField, number>>;

/** How each field is named to the user (the column-mapping step, errors). */
export const FIELD_LABELS: Readonly<Record<ImportField, string>> = {
  name: 'Name',
  code: 'Code',
  parentCode: 'Parent code',
  path: 'Path',
  description: 'Description',
  owner: 'Owner',
  level: 'Level',
  tags: 'Tags',
  extension: 'Not in eTOM',
  etomId: 'eTOM id',
  alignment: 'Alignment',
};

/** Header words that suggest each field, lower case, without spaces or punctuation. */
const HINTS: Readonly<Record<ImportField, readonly string[]>> = {
  name: ['name', 'process', 'processname', 'title'],
  code: ['code', 'processcode', 'id', 'ref', 'reference'],
  parentCode: ['parent', 'parentcode', 'parentid'],
  path: ['path', 'hierarchy', 'processpath'],
  description: ['description', 'desc', 'details'],
  owner: ['owner', 'processowner', 'responsible'],
  level: ['level', 'lvl'],
  tags: ['tags', 'tag', 'labels'],
  extension: ['notinetom', 'extension'],
  etomId: ['etom', 'etomid', 'etomprocess', 'etomprocessid', 'gb921', 'gb921id', 'frameworkid'],
  alignment: ['alignment', 'fit', 'coverage'],
};

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A first guess of the column map from the header's words; the user corrects it. */
export function guessColumns(header: readonly string[]): ColumnMap {
  const map: ColumnMap = {};
  const used = new Set<number>();
  for (const field of IMPORT_FIELDS) {
    const index = header.findIndex(
      (cell, i) => !used.has(i) && HINTS[field].includes(squash(cell)),
    );
    if (index >= 0) {
      map[field] = index;
      used.add(index);
    }
  }
  return map;
}

/**
 * The column map from `field=Column` pairs (the CLI's `--map name=Process,code=Ref`): a column
 * by its header name, case-insensitive. Throws naming the pair that does not fit.
 */
export function columnsFromPairs(header: readonly string[], pairs: string): ColumnMap {
  const map: ColumnMap = {};
  for (const pair of pairs.split(',').filter((p) => p.trim() !== '')) {
    const [field = '', column = ''] = pair.split('=').map((part) => part.trim());
    if (!(IMPORT_FIELDS as readonly string[]).includes(field)) {
      throw new Error(`"${field}" is not a field (${IMPORT_FIELDS.join(', ')})`);
    }
    const index = header.findIndex((cell) => cell.toLowerCase() === column.toLowerCase());
    if (index < 0) throw new Error(`no column "${column}" (columns: ${header.join(', ')})`);
    map[field as ImportField] = index;
  }
  return map;
}
