import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import { FilterSelect } from './FilterSelect';
import type { LibraryQuery } from './library-query';

const asOption = (text: string) => ({ value: text, label: text });

interface Props {
  catalogue: FrameworkCatalogue;
  query: LibraryQuery;
  onChange: (query: LibraryQuery) => void;
}

/** The search field and the level, domain and vertical group filters. */
export function SearchBox({ catalogue, query, onChange }: Props) {
  const set = (patch: Partial<LibraryQuery>) => onChange({ ...query, ...patch });
  return (
    <div className="library-search" role="search">
      <label htmlFor="library-search-input" className="visually-hidden">
        Search processes
      </label>
      <input
        id="library-search-input"
        type="search"
        placeholder="Search by id (1.3.3) or words (order handling)"
        value={query.text}
        onChange={(event) => set({ text: event.target.value })}
        onKeyDown={(event) => {
          if (event.key === 'Escape') set({ text: '' });
        }}
        autoComplete="off"
        spellCheck={false}
      />
      <div className="library-filters">
        <FilterSelect
          id="library-filter-level"
          label="Level"
          anyLabel="All levels"
          value={query.level}
          options={catalogue
            .levels()
            .map((level) => ({ value: `${level}`, label: `Level ${level}` }))}
          onChange={(level) => set({ level })}
        />
        <FilterSelect
          id="library-filter-domain"
          label="Domain"
          anyLabel="All domains"
          value={query.domain}
          options={catalogue.domains().map(asOption)}
          onChange={(domain) => set({ domain })}
        />
        <FilterSelect
          id="library-filter-verticalGroup"
          label="Vertical group"
          anyLabel="All vertical groups"
          value={query.verticalGroup}
          options={catalogue.verticalGroups().map(asOption)}
          onChange={(verticalGroup) => set({ verticalGroup })}
        />
      </div>
    </div>
  );
}
