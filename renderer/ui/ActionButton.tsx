import type { ActionId } from '../../shared/actions/action-list';
import { findAction } from '../../shared/actions/menus';
import { runAction } from '../actions/registry';
import { ariaShortcuts, shortcutLabels, useActionEnabled } from './useActions';

interface Props {
  id: ActionId;
  className?: string;
  /** More about what it would do now, for the tooltip ("Move elements"). */
  detail?: string | null;
}

/** A button for one action: its label, greyed out when it cannot run, its shortcut on hover. */
export function ActionButton({ id, className, detail }: Props) {
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
      onClick={() => runAction(id)}
    >
      {label}
    </button>
  );
}
