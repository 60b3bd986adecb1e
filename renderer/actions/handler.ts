import type { ActionId } from '../../shared/actions/action-list';
import type { ActionContext } from './context';

/** What an action does and when it can, for one id of the shared action list. */
export interface ActionHandler {
  /** Pure: true when the action can run in this context (menus grey it out otherwise). */
  when(ctx: ActionContext): boolean;
  /** Runs it; only called when `when` said yes. */
  run(ctx: ActionContext): void | Promise<unknown>;
  /**
   * Says why not, where a shortcut asks for the action while `when` says no and silence would
   * mislead (Ctrl+S in a read-only window). Absent: the key does nothing.
   */
  refuse?(ctx: ActionContext): void;
}

/** Handlers for some of the actions, as each domain's module declares them. */
export type ActionHandlers<K extends ActionId> = { readonly [Id in K]: ActionHandler };
