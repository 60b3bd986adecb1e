/**
 * Arrow keys, Home and End move between the tabs of a tablist and activate the one reached
 * (the WAI-ARIA tabs pattern with automatic activation). Works on whatever tabs are rendered,
 * so tabs added by other features take part without registering.
 */
export function onTablistKeyDown(event: React.KeyboardEvent<HTMLElement>): void {
  const keys = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const tabs = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]'));
  const index = tabs.findIndex((t) => t === document.activeElement);
  if (index < 0 || tabs.length === 0) return;
  event.preventDefault();
  let next = index;
  if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
  else if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
  else if (event.key === 'Home') next = 0;
  else next = tabs.length - 1;
  const target = tabs[next];
  target?.focus();
  target?.click();
}
