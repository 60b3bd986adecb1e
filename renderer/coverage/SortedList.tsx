import { useState, type ReactNode } from 'react';
import { nextSort, sortList, type ListSort } from './list-sort';
import { SortHeader } from './SortHeader';

/** A column of a `SortedList`: its header, how it orders two rows, and its cell. */
export interface ListColumn<T, K extends string> {
  key: K;
  label: string;
  compare: (a: T, b: T) => number;
  cell: (row: T) => ReactNode;
}

interface Props<T, K extends string> {
  /** The heading's id, which names the section and its table. */
  id: string;
  title: string;
  /** What the list holds, under its heading. */
  note: string;
  columns: ReadonlyArray<ListColumn<T, K>>;
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** The order of rows a column finds equal. */
  tie: (a: T, b: T) => number;
  /** The sort it opens with; a click on a header sorts by that column, again the other way. */
  initialSort: ListSort<K>;
  /** Said where the list is empty. */
  empty: string;
}

/** A counted, sortable list of the Coverage tab: a heading, a note and a table. */
export function SortedList<T, K extends string>({
  id,
  title,
  note,
  columns,
  rows,
  rowKey,
  tie,
  initialSort,
  empty,
}: Props<T, K>) {
  const [sort, setSort] = useState<ListSort<K>>(initialSort);
  const compare = Object.fromEntries(columns.map((c) => [c.key, c.compare])) as Record<
    K,
    (a: T, b: T) => number
  >;
  const sorted = sortList(rows, sort, compare, tie);
  return (
    <section aria-labelledby={id} className="coverage-list">
      <h3 id={id}>
        {title} <span className="coverage-count">{rows.length}</span>
      </h3>
      <p className="muted">{note}</p>
      <table aria-labelledby={id}>
        <thead>
          <tr>
            {columns.map((column) => (
              <SortHeader
                key={column.key}
                column={column.key}
                label={column.label}
                sort={sort}
                onSort={(key) => setSort(nextSort(sort, key))}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.key}>{column.cell(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="muted">{empty}</p>}
    </section>
  );
}
