import type { HostError } from '../../shared/ipc/errors';

interface Props {
  error: HostError;
  onDismiss: () => void;
}

/** A failure with everything needed to act on it: message, file, JSON path and code. */
export function ErrorNotice({ error, onDismiss }: Props) {
  return (
    <div role="alert" className="error-notice">
      <div className="error-body">
        <strong className="error-message">{error.message}</strong>
        <dl className="error-details">
          <dt>Code</dt>
          <dd>
            <code>{error.code}</code>
            {error.osCode && <code> ({error.osCode})</code>}
          </dd>
          {error.file && (
            <>
              <dt>File</dt>
              <dd>
                <code>{error.file}</code>
              </dd>
            </>
          )}
          {error.jsonPath && (
            <>
              <dt>Where</dt>
              <dd>
                <code>{error.jsonPath}</code>
              </dd>
            </>
          )}
        </dl>
      </div>
      <button type="button" className="quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
