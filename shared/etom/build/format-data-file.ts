import type { MapCellsDataFile, PackDataFile } from '../pack-model';

/**
 * JSON with one process (or cell) per line: compact, yet a change to one process is a
 * one-line diff. Key order is fixed by construction, so the same input gives the same bytes.
 */
export function formatDataFile(file: PackDataFile | MapCellsDataFile): string {
  const lines: string[] = ['{'];
  const entries = Object.entries(file);
  entries.forEach(([key, value], index) => {
    const comma = index < entries.length - 1 ? ',' : '';
    if (key === 'processes' && Array.isArray(value)) {
      lines.push(`  "processes": [`, listLines(value as unknown[], '    '), `  ]${comma}`);
    } else if (key === 'schemes' && typeof value === 'object' && value !== null) {
      lines.push(`  "schemes": {`);
      const schemes = Object.entries(value as Record<string, unknown[]>);
      schemes.forEach(([scheme, cells], i) => {
        lines.push(`    ${JSON.stringify(scheme)}: [`, listLines(cells, '      '));
        lines.push(`    ]${i < schemes.length - 1 ? ',' : ''}`);
      });
      lines.push(`  }${comma}`);
    } else {
      lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`);
    }
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function listLines(items: readonly unknown[], indent: string): string {
  return items.map((item) => `${indent}${JSON.stringify(item)}`).join(',\n');
}
