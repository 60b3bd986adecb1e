import {
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type Ref,
} from 'react';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import { CompanyResults } from './CompanyResults';
import { FrameworkHits, RESULT_ROW_HEIGHT, type FrameworkHitsNav } from './FrameworkHits';
import { RESULT_LIMIT, runLibraryQuery, type LibraryQuery } from './library-query';
import { resultKeyMove } from './result-keys';
import './search-results.css';

/** What the search box asks of the results: its Down arrow moves the focus into them. */
export interface SearchResultsNav {
  focusFirst(): void;
}

interface Props {
  catalogue: FrameworkCatalogue;
  query: LibraryQuery;
  /** Focuses the search box (the Up arrow on the first result goes back to it). */
  onLeaveTop: () => void;
  nav?: Ref<SearchResultsNav>;
}

/** The company hits' main buttons, in order (their "Add" buttons are not results). */
function companyButtons(scroller: HTMLElement | null): HTMLButtonElement[] {
  return [
    ...(scroller?.querySelectorAll<HTMLButtonElement>(
      'ul[aria-label="Company processes found"] button.result',
    ) ?? []),
  ];
}

/**
 * The hits of the library query in one scroll area: the company processes it finds, then the
 * framework's. The company search starts at the keystroke (in its worker, meanwhile); the
 * framework's runs in the keystroke's own render (about two milliseconds) and only the rows in
 * view are rendered (FrameworkHits), so the hits paint in the keystroke's frame, with the text
 * typed. The arrow keys, Home, End and the page keys move through both lists as one; Enter
 * presses the focused hit (its details, or the company process in its tab).
 */
export function SearchResults({ catalogue, query, onLeaveTop, nav }: Props) {
  const { hits, total } = useMemo(() => runLibraryQuery(catalogue, query), [catalogue, query]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLDivElement>(null);
  const framework = useRef<FrameworkHitsNav>(null);
  // The framework list starts below the company hits and the count; they change height when
  // the worker answers, long after the keystroke, so the offset follows a ResizeObserver.
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const head = headRef.current;
    if (!head) return;
    const observer = new ResizeObserver(() => setOffset(head.offsetHeight));
    observer.observe(head);
    return () => observer.disconnect();
  }, []);
  // A new query shows its best hits: back to the top. Only when scrolled: scrollTo lays the
  // page out at once, which cost every keystroke a forced layout.
  const scrolled = useRef(false);
  useLayoutEffect(() => {
    if (!scrolled.current) return;
    scrolled.current = false;
    scrollRef.current?.scrollTo({ top: 0 });
  }, [hits]);

  const focusAt = (position: number) => {
    if (position < 0) {
      onLeaveTop();
      return;
    }
    const company = companyButtons(scrollRef.current);
    const button = company[position];
    if (button) button.focus();
    else framework.current?.focus(position - company.length);
  };
  useImperativeHandle(nav, () => ({ focusFirst: () => focusAt(0) }));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target;
    if (!(target instanceof HTMLButtonElement) || !target.classList.contains('result')) return;
    const company = companyButtons(scrollRef.current);
    const inCompany = company.indexOf(target);
    const position =
      inCompany >= 0 ? inCompany : company.length + Number(target.dataset.index ?? 0);
    const page = Math.floor((scrollRef.current?.clientHeight ?? 0) / RESULT_ROW_HEIGHT) - 1;
    const next = resultKeyMove(event.key, position, company.length + hits.length, page);
    if (next === null) return;
    event.preventDefault();
    focusAt(next);
  };

  const summary =
    total === 0
      ? 'No process matches.'
      : total > RESULT_LIMIT
        ? `First ${RESULT_LIMIT} results; refine the search to see others.`
        : `${total} ${total === 1 ? 'result' : 'results'}`;
  return (
    <div
      className="search-results"
      ref={scrollRef}
      onKeyDown={onKeyDown}
      onScroll={(event) => {
        scrolled.current = event.currentTarget.scrollTop > 0;
      }}
    >
      <div className="results-head" ref={headRef}>
        <CompanyResults text={query.text} />
        <p className="muted results-summary" role="status">
          {summary}
        </p>
      </div>
      <FrameworkHits
        catalogue={catalogue}
        hits={hits}
        text={query.text}
        scrollRef={scrollRef}
        offset={offset}
        nav={framework}
      />
    </div>
  );
}
