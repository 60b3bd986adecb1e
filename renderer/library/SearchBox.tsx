import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import type { LibraryQuery } from './library-query';

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
        <div>
          <label htmlFor="library-filter-level">Level</label>
          <select
            id="library-filter-level"
            value={query.level}
            onChange={(event) => set({ level: event.target.value })}
          >
            <option value="">All levels</option>
            {catalogue.levels().map((level) => (
              <option key={level} value={level}>{`Level ${level}`}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="library-filter-domain">Domain</label>
          <select
            id="library-filter-domain"
            value={query.domain}
            onChange={(event) => set({ domain: event.target.value })}
          >
            <option value="">All domains</option>
            {catalogue.domains().map((domain) => (
              <option key={domain} value={domain}>
                {domain}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="library-filter-verticalGroup">Vertical group</label>
          <select
            id="library-filter-verticalGroup"
            value={query.verticalGroup}
            onChange={(event) => set({ verticalGroup: event.target.value })}
          >
            <option value="">All vertical groups</option>
            {catalogue.verticalGroups().map((group) => (
              <option key={group} value={group}>
                {group}
              </option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}
