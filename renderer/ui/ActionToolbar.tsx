import type { ReactNode } from 'react';
import type { ActionId } from '../../shared/actions/action-list';
import { toolbarActions } from '../../shared/actions/menus';
import type { ToolbarId } from '../../shared/actions/types';
import { ActionButton } from './ActionButton';

interface Props {
  bar: ToolbarId;
  /** The toolbar's accessible name. */
  label: string;
  /** Extra classes for some of its buttons (the primary action). */
  classes?: Partial<Record<ActionId, string>>;
  /** Tooltip details for some of its buttons. */
  details?: Partial<Record<ActionId, string | null>>;
  /** Icons for some of its buttons (shown before the label, or instead where space is short). */
  icons?: Partial<Record<ActionId, ReactNode>>;
}

/** A toolbar: the actions the action list places on it, in order. */
export function ActionToolbar({ bar, label, classes = {}, details = {}, icons = {} }: Props) {
  return (
    <div className="action-toolbar" role="toolbar" aria-label={label}>
      {toolbarActions(bar).map((action) => (
        <ActionButton
          key={action.id}
          id={action.id}
          className={classes[action.id]}
          detail={details[action.id] ?? null}
          icon={icons[action.id]}
        />
      ))}
    </div>
  );
}
