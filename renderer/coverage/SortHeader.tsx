import type { ListSort } from './list-sort';

interface Props<K extends string> {
  column: K;
  label: string;
  sort: ListSort<K>;
  onSort: (column: K) => void;
  className?: string;
}

/** A column header that sorts its list by that column (again: the other way). */
export function SortHeader<K extends string>({ column, label, sort, onSort, className }: Props<K>) {
  const active = sort.key === column;
  return (
    <th
      scope="col"
      className={className}
      aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
    >
      <button type="button" className="sort-header" onClick={() => onSort(column)}>
        {label}
        {active ? (sort.descending ? ' ▾' : ' ▴') : ''}
      </button>
    </th>
  );
}
