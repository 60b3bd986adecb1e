/** The one channel that carries host calls: `{ name, args }` in, a HostResult out. */
export const HOST_CHANNEL = 'etom:host-call';
/** Main -> renderer: a native menu item was chosen (`command`, optional `arg`). */
export const MENU_CHANNEL = 'etom:menu-command';
