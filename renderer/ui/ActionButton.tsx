import type { ReactNode } from 'react';
import type { ActionId } from '../../shared/actions/action-list';
import { findAction } from '../../shared/actions/menus';
import { runAction } from '../actions/registry';
import { ariaShortcuts, shortcutLabels, useActionEnabled } from './useActions';

interface Props {
  id: ActionId;
  className?: string;
  /** More about what it would do now, for the tooltip ("Move elements"). */
  detail?: string | null;
  /** An icon before the label; the label may then be hidden by CSS, it stays the name. */
  icon?: ReactNode;
}

/** A button for one action: its label, greyed out when it cannot run, its shortcut on hover. */
export function ActionButton({ id, className, detail, icon }: Props) {
  const enabled = useActionEnabled(id);
  const label = findAction(id)?.label ?? id;
  const [shortcut] = shortcutLabels(id);
  const described = detail ? `${label} ${detail}` : label;
  return (
    <button
      type="button"
      className={className}
      disabled={!enabled}
      title={shortcut ? `${described} (${shortcut})` : described}
      aria-keyshortcuts={ariaShortcuts(id)}
      aria-label={icon ? label : undefined}
      onClick={() => runAction(id)}
    >
      {icon ? (
        <>
          <span className="tool-icon" aria-hidden="true">
            {icon}
          </span>
          <span className="tool-label">{label}</span>
        </>
      ) : (
        label
      )}
    </button>
  );
}
