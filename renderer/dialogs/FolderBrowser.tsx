import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { HostError } from '../../shared/ipc/errors';
import { host } from '../platform/host';
import { describeError } from '../state/status-text';
import { folderKeyMove } from './folder-keys';
import { useFolderListing } from './useFolderListing';

interface Props {
  /** The path in the dialog's Folder field: the browser follows it as the user types. */
  typed: string;
  /** The user went to a folder (a row, Up, Home, a new folder): the field takes its path. */
  onGo: (path: string) => void;
  /** The first listing's folder (the home folder when the field was empty): shown in the field
   * only if it is still empty. */
  onFirst: (path: string) => void;
}

/** How long typing must pause before the browser follows the typed path. */
const FOLLOW_MS = 200;

/**
 * The browser host's folder browser, below the Folder field of the in-app folder dialog: the
 * sub-folders of the folder in the field, Up, Home, New folder, and hidden folders on demand.
 * A click on a folder goes into it; in the list, the arrow keys move, Enter goes in and Backspace
 * goes up.
 */
export function FolderBrowser({ typed, onGo, onFirst }: Props) {
  const { listing, error, list, clearError } = useFolderListing();
  const [showHidden, setShowHidden] = useState(false);
  const [active, setActive] = useState(0);
  const [newName, setNewName] = useState<string | null>(null);
  const [createError, setCreateError] = useState<HostError | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const baseId = useId();
  const trimmed = typed.trim();

  const shown = useMemo(
    () => listing?.folders.filter((folder) => showHidden || !folder.hidden) ?? [],
    [listing, showHidden],
  );
  const hiddenCount = (listing?.folders.length ?? 0) - shown.length;

  const go = async (path: string) => {
    const listed = await list(path);
    if (!listed) return;
    setActive(0);
    onGo(listed.path);
  };

  // First the folder in the field, or else the home folder; the field shows home only if the
  // user has not typed anything meanwhile (the answer may come after the first keystrokes: a
  // check of the last rendered text missed a keystroke not yet rendered, and the path typed
  // then went after "/root").
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      const listed = (trimmed === '' ? null : await list(trimmed, true)) ?? (await list('~'));
      if (!listed) return;
      setActive(0);
      onFirst(listed.path);
    })();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on opening
  }, []);

  // Then follow what is typed, once it names a folder that can be listed.
  // (Each typed text is followed once: `~` lists as the home folder's path, not as `~`.)
  const followed = useRef<string | null>(null);
  useEffect(() => {
    if (trimmed === '' || trimmed === listing?.path || trimmed === followed.current) return;
    const timer = window.setTimeout(() => {
      followed.current = trimmed;
      void list(trimmed, true).then((listed) => listed && setActive(0));
    }, FOLLOW_MS);
    return () => window.clearTimeout(timer);
  }, [trimmed, listing?.path, list]);

  const onKeyDown = (event: React.KeyboardEvent<HTMLUListElement>) => {
    const move = folderKeyMove(
      event.key,
      event.altKey,
      active,
      shown.map((folder) => folder.name),
    );
    if (!move) return;
    event.preventDefault();
    if (move.kind === 'move') setActive(move.index);
    else if (move.kind === 'up') {
      if (listing?.parent) void go(listing.parent);
    } else {
      const folder = shown[active];
      if (folder) void go(folder.path);
    }
  };

  useEffect(() => {
    listRef.current
      ?.querySelector<HTMLElement>(`[data-index="${active}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [active, shown]);

  const createFolder = async () => {
    if (!listing || newName === null) return;
    const result = await host().call('folder.create', { path: listing.path, name: newName });
    if (!result.ok) {
      setCreateError(result.error);
      return;
    }
    setNewName(null);
    setCreateError(null);
    await go(result.value.path);
  };

  const optionId = (index: number) => `${baseId}-folder-${index}`;
  const where = listing?.path ?? '…';

  return (
    <section className="folder-browser" aria-label="Folder browser">
      <div className="folder-browser-bar" role="toolbar" aria-label="Folder actions">
        <button
          type="button"
          disabled={!listing?.parent}
          onClick={() => listing?.parent && void go(listing.parent)}
          aria-label="Up to the parent folder"
          title="Up to the parent folder (Backspace)"
        >
          ↑ Up
        </button>
        <button type="button" onClick={() => void go('~')}>
          Home
        </button>
        <button
          type="button"
          disabled={!listing}
          onClick={() => {
            setNewName('');
            setCreateError(null);
          }}
        >
          New folder…
        </button>
        <label className="folder-hidden-toggle">
          <input
            type="checkbox"
            checked={showHidden}
            onChange={(event) => {
              setShowHidden(event.target.checked);
              setActive(0);
            }}
          />
          Show hidden folders
        </label>
      </div>
      {newName !== null && (
        <div className="folder-new" role="group" aria-label="New folder">
          <input
            type="text"
            aria-label="New folder name"
            value={newName}
            spellCheck={false}
            autoComplete="off"
            autoFocus
            aria-invalid={createError ? true : undefined}
            onChange={(event) => setNewName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                // Not the dialog's form: Enter here makes the folder.
                event.preventDefault();
                void createFolder();
              } else if (event.key === 'Escape') {
                event.stopPropagation();
                setNewName(null);
              }
            }}
          />
          <button type="button" className="primary small" onClick={() => void createFolder()}>
            Create folder
          </button>
          <button type="button" className="small" onClick={() => setNewName(null)}>
            Cancel
          </button>
          {createError && (
            <p className="field-hint hint-bad" role="alert">
              {describeError(createError)}
            </p>
          )}
        </div>
      )}
      {error && (
        <p className="folder-browser-error" role="alert">
          {describeError(error)}{' '}
          <button type="button" className="link-inline" onClick={clearError}>
            Dismiss
          </button>
        </p>
      )}
      <ul
        ref={listRef}
        className="folder-list"
        role="listbox"
        tabIndex={0}
        aria-label={`Folders in ${where}`}
        aria-activedescendant={shown[active] ? optionId(active) : undefined}
        onKeyDown={onKeyDown}
      >
        {shown.map((folder, index) => (
          <li
            key={folder.path}
            id={optionId(index)}
            data-index={index}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'folder-row active' : 'folder-row'}
            title={folder.path}
            onClick={() => void go(folder.path)}
          >
            {/* Drawn by CSS, so that neither the row's text nor its name holds the icon. */}
            <span className="folder-icon" aria-hidden="true" />
            <span className="folder-name">{folder.name}</span>
          </li>
        ))}
        {listing && shown.length === 0 && (
          <li className="folder-empty muted" role="presentation">
            No folders here{hiddenCount > 0 ? ` (${hiddenCount} hidden)` : ''}.
          </li>
        )}
      </ul>
      <p className="folder-browser-foot muted">
        {listing
          ? `${shown.length} ${shown.length === 1 ? 'folder' : 'folders'}` +
            (hiddenCount > 0 && !showHidden ? `, ${hiddenCount} hidden` : '') +
            (listing.omitted > 0 ? `; ${listing.omitted} more not shown` : '')
          : 'Listing…'}
      </p>
    </section>
  );
}
