import { useState } from 'react';
import type { WebLink } from '../../shared/model/element-fields';
import { askConfirm } from '../state/confirm';

const WEB_LINK = /^https?:\/\/[^\s]+$/i;

/**
 * Opens a link after the user confirms it: only http and https, in a new browser context
 * without an opener (in the desktop app the window-open handler hands it to the system
 * browser through the host's allow-list).
 */
async function openLink(url: string): Promise<void> {
  if (!WEB_LINK.test(url)) return;
  const ok = await askConfirm({
    title: 'Open link?',
    message: `Open ${url} in your web browser?`,
    confirmLabel: 'Open',
  });
  if (ok) window.open(url, '_blank', 'noopener,noreferrer');
}

/** The element's web links: open (after confirming), remove, add (http/https only). */
export function LinksField({
  links,
  disabled,
  onCommit,
}: {
  links: readonly WebLink[];
  disabled: boolean;
  onCommit: (links: WebLink[]) => void;
}) {
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const trimmed = url.trim();
    if (!WEB_LINK.test(trimmed)) {
      setError('Only http:// and https:// links.');
      return;
    }
    setError(null);
    setUrl('');
    onCommit([...links, { url: trimmed }]);
  };
  return (
    <div className="prop-section">
      <h3>Links</h3>
      {links.length > 0 && (
        <ul aria-label="Links" className="prop-links">
          {links.map((link, index) => (
            <li key={`${index}:${link.url}`}>
              <button type="button" className="link-button" onClick={() => void openLink(link.url)}>
                {link.label ?? link.url}
              </button>
              <button
                type="button"
                className="quiet small"
                aria-label={`Remove link ${link.url}`}
                disabled={disabled}
                onClick={() => onCommit(links.filter((_, i) => i !== index))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="prop-row">
        <input
          type="url"
          aria-label="New link"
          placeholder="https://…"
          value={url}
          disabled={disabled}
          onChange={(event) => setUrl(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="small" disabled={disabled} onClick={add}>
          Add link
        </button>
      </div>
      {error && (
        <p className="prop-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
