import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './dialogs.css';

interface Props {
  title: string;
  /** Called on Escape; omit for dialogs that must be answered. */
  onCancel?: () => void;
  children: ReactNode;
  wide?: boolean;
}

/**
 * Makes everything beside `layer` in the body inert (unfocusable, unclickable, hidden from
 * assistive tech) and returns how to undo exactly that. Nested dialogs stack: each one only
 * releases what it made inert.
 */
function makeOthersInert(layer: HTMLElement): () => void {
  const changed: HTMLElement[] = [];
  for (const child of Array.from(document.body.children)) {
    if (child === layer || !(child instanceof HTMLElement) || child.inert) continue;
    child.inert = true;
    changed.push(child);
  }
  return () => {
    for (const element of changed) element.inert = false;
  };
}

/** A modal dialog named by its title; focus moves into it and stays there until it closes. */
export function Dialog({ title, onCancel, children, wide = false }: Props) {
  const titleId = useId();
  const layerRef = useRef<HTMLDivElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const layer = layerRef.current;
    if (!layer) return;
    const previous = document.activeElement;
    const release = makeOthersInert(layer);
    const first = boxRef.current?.querySelector<HTMLElement>(
      'input, textarea, select, button:not([disabled]), [tabindex="0"]',
    );
    first?.focus();
    return () => {
      release();
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    // Keys pressed in a dialog belong to it, never to the canvas or the app shortcuts; the
    // browser's own Save / Open / New must not fire behind it either.
    event.stopPropagation();
    if ((event.ctrlKey || event.metaKey) && ['s', 'o', 'n'].includes(event.key.toLowerCase())) {
      event.preventDefault();
    }
    if (event.key === 'Escape' && onCancel) onCancel();
  };

  return createPortal(
    <div ref={layerRef} className="dialog-backdrop">
      <div
        ref={boxRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className={wide ? 'dialog dialog-wide' : 'dialog'}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        {children}
      </div>
    </div>,
    document.body,
  );
}
