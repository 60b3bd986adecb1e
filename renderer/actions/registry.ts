import type { ActionId } from '../../shared/actions/action-list';
import { isDragging } from '../canvas/drag-session';
import { useStudio } from '../state/studio-store';
import { CATALOGUE_HANDLERS } from './catalogue-handlers';
import { ARRANGE_HANDLERS } from './arrange-handlers';
import { CLIPBOARD_HANDLERS } from './clipboard-handlers';
import { contextOf, type ActionContext } from './context';
import { DIAGRAM_HANDLERS } from './diagram-handlers';
import { EDIT_HANDLERS } from './edit-handlers';
import { ELEMENT_HANDLERS } from './element-handlers';
import { currentHost, currentPlatform, modalOpen } from './environment';
import { FILE_HANDLERS } from './file-handlers';
import type { ActionHandlers } from './handler';
import { HELP_HANDLERS } from './help-handlers';
import { MAPPING_HANDLERS } from './mapping-handlers';
import { VIEW_HANDLERS } from './view-handlers';
import { WINDOW_HANDLERS } from './window-handlers';
import { COVERAGE_HANDLERS } from './coverage-handlers';
import { SCOPE_HANDLERS } from './scope-handlers';
import { UPGRADE_HANDLERS } from './upgrade-handlers';
import { REPORT_HANDLERS } from './report-handlers';
import { CONNECT_HANDLERS } from './connect-handlers';
import { IMPORT_HANDLERS } from './import-handlers';
import { BUNDLE_HANDLERS } from './bundle-handlers';
import { DIAGRAM_EXPORT_HANDLERS } from './diagram-export-handlers';
import { EXPORT_HANDLERS } from './export-handlers';
import { COMPARE_HANDLERS } from './compare-handlers';

/** What every action of the shared list does, and when it can: one handler per id. */
export const ACTION_HANDLERS: ActionHandlers<ActionId> = {
  ...FILE_HANDLERS,
  ...EDIT_HANDLERS,
  ...VIEW_HANDLERS,
  ...DIAGRAM_HANDLERS,
  ...HELP_HANDLERS,
  ...WINDOW_HANDLERS,
  ...MAPPING_HANDLERS,
  ...COVERAGE_HANDLERS,
  ...SCOPE_HANDLERS,
  ...CATALOGUE_HANDLERS,
  ...CLIPBOARD_HANDLERS,
  ...ARRANGE_HANDLERS,
  ...ELEMENT_HANDLERS,
  ...UPGRADE_HANDLERS,
  ...REPORT_HANDLERS,
  ...DIAGRAM_EXPORT_HANDLERS,
  ...CONNECT_HANDLERS,
  ...IMPORT_HANDLERS,
  ...BUNDLE_HANDLERS,
  ...EXPORT_HANDLERS,
  ...COMPARE_HANDLERS,
};

/**
 * The context actions see now. `at` is the diagram point a context menu was opened at;
 * `ignoreModal` is for the palette, which is itself a dialog but runs what was possible
 * before it opened.
 */
export function currentContext(
  options: { at?: { x: number; y: number } | null; ignoreModal?: boolean } = {},
): ActionContext {
  return contextOf(useStudio.getState(), {
    platform: currentPlatform(),
    host: currentHost(),
    modal: options.ignoreModal ? false : modalOpen(),
    dragging: isDragging(),
    at: options.at ?? null,
  });
}

/** True when the action can run in `ctx`. */
export function isEnabled(id: ActionId, ctx: ActionContext): boolean {
  return ACTION_HANDLERS[id].when(ctx);
}

function report(id: ActionId, error: unknown): void {
  useStudio.setState({ error: { code: 'INTERNAL', message: `${id} failed: ${String(error)}` } });
}

/**
 * Runs an action if it can run in `ctx` (by default, now), at once, within the event that
 * asked for it. Returns whether it ran. A failure shows as the app's error banner rather than
 * vanishing.
 */
export function runAction(id: ActionId, ctx: ActionContext = currentContext()): boolean {
  const handler = ACTION_HANDLERS[id];
  if (!handler.when(ctx)) return false;
  try {
    const result = handler.run(ctx);
    if (result) result.catch((error: unknown) => report(id, error));
  } catch (error) {
    report(id, error);
  }
  return true;
}
