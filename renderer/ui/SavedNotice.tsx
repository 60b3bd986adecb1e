import type { ReactNode } from 'react';

/** "Saved … to <path>": what an export dialog shows once its file is written, and Close. */
export function SavedNotice({
  path,
  what,
  bytes,
  onClose,
  children,
}: {
  path: string;
  /** What was written ("40 mappings"), said before the size and the path. */
  what?: string;
  /** The file's size, said in KB (at least 1). */
  bytes?: number;
  onClose: () => void;
  /** Notes under the line (a lowered scale, what was left out). */
  children?: ReactNode;
}) {
  const size = bytes === undefined ? '' : `(${Math.max(1, Math.round(bytes / 1024))} KB) `;
  return (
    <>
      <p role="status">
        {`Saved ${what === undefined ? '' : `${what} `}${size}to `}
        <code>{path}</code>
      </p>
      {children}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </>
  );
}
