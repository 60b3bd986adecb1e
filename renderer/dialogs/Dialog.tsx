import { useEffect, useId, useRef, type ReactNode } from 'react';
import './dialogs.css';

interface Props {
  title: string;
  /** Called on Escape; omit for dialogs that must be answered. */
  onCancel?: () => void;
  children: ReactNode;
  wide?: boolean;
}

/** A modal dialog named by its title; focus moves into it when it opens. */
export function Dialog({ title, onCancel, children, wide = false }: Props) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const box = ref.current;
    const first = box?.querySelector<HTMLElement>(
      'input, textarea, select, button:not([disabled]), [tabindex="0"]',
    );
    first?.focus();
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === 'Escape' && onCancel) onCancel();
  };

  return (
    <div className="dialog-backdrop">
      <div
        ref={ref}
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
    </div>
  );
}
