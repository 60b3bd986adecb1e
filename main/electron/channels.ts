/** The one channel that carries host calls: `{ name, args }` in, a HostResult out. */
export const HOST_CHANNEL = 'etom:host-call';
/** The next part of a large answer (shared/ipc/chunked-reply.ts): a reply id in, a part out. */
export const HOST_PART_CHANNEL = 'etom:host-reply-part';
/** Main -> renderer: a native menu item was chosen (`command`, optional `arg`). */
export const MENU_CHANNEL = 'etom:menu-command';
