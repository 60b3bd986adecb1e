import { memo, useMemo, type Ref } from 'react';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import { FilterSelect } from './FilterSelect';
import type { LibraryQuery } from './library-query';

const asOption = (text: string) => ({ value: text, label: text });

/** A change to the query: the fields given, the others as they are. */
export type QueryPatch = Partial<LibraryQuery>;

interface Props {
  catalogue: FrameworkCatalogue;
  query: LibraryQuery;
  /** Stable across renders (the filters are not rendered again for a keystroke). */
  onChange: (patch: QueryPatch) => void;
  /** The Down arrow in the field: into the results. */
  onArrowDown: () => void;
  inputRef?: Ref<HTMLInputElement>;
}

interface FiltersProps {
  catalogue: FrameworkCatalogue;
  level: string;
  domain: string;
  verticalGroup: string;
  onChange: (patch: QueryPatch) => void;
}

/** The level, domain and vertical group filters: memoised, a keystroke leaves them alone. */
const SearchFilters = memo(function SearchFilters({
  catalogue,
  level,
  domain,
  verticalGroup,
  onChange,
}: FiltersProps) {
  const options = useMemo(
    () => ({
      levels: catalogue.levels().map((l) => ({ value: `${l}`, label: `Level ${l}` })),
      domains: catalogue.domains().map(asOption),
      verticalGroups: catalogue.verticalGroups().map(asOption),
    }),
    [catalogue],
  );
  return (
    <div className="library-filters">
      <FilterSelect
        id="library-filter-level"
        label="Level"
        anyLabel="All levels"
        value={level}
        options={options.levels}
        onChange={(next) => onChange({ level: next })}
      />
      <FilterSelect
        id="library-filter-domain"
        label="Domain"
        anyLabel="All domains"
        value={domain}
        options={options.domains}
        onChange={(next) => onChange({ domain: next })}
      />
      <FilterSelect
        id="library-filter-verticalGroup"
        label="Vertical group"
        anyLabel="All vertical groups"
        value={verticalGroup}
        options={options.verticalGroups}
        onChange={(next) => onChange({ verticalGroup: next })}
      />
    </div>
  );
});

/** The search field and the level, domain and vertical group filters. */
export function SearchBox(props: Props) {
  const { catalogue, query, onChange, onArrowDown, inputRef } = props;
  return (
    <div className="library-search" role="search">
      <label htmlFor="library-search-input" className="visually-hidden">
        Search processes
      </label>
      <input
        ref={inputRef}
        id="library-search-input"
        type="search"
        placeholder="Search by id (1.3.3) or words (order handling)"
        value={query.text}
        onChange={(event) => onChange({ text: event.target.value })}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onChange({ text: '' });
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            onArrowDown();
          }
        }}
        autoComplete="off"
        spellCheck={false}
      />
      <SearchFilters
        catalogue={catalogue}
        level={query.level}
        domain={query.domain}
        verticalGroup={query.verticalGroup}
        onChange={onChange}
      />
    </div>
  );
}
