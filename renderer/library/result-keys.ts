/**
 * Where a key moves the focus among the library's search results: the company hits and the
 * framework hits in one run of positions (0 is the first company hit, or the first framework
 * hit when there is none). `-1` is the search box above them; `null` means the key is not a
 * move (Enter and Space press the focused result, as a button does).
 */
export function resultKeyMove(
  key: string,
  position: number,
  count: number,
  pageSize: number,
): number | null {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(position + 1, last);
    case 'ArrowUp':
      return Math.max(position - 1, -1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return Math.min(position + Math.max(1, pageSize), last);
    case 'PageUp':
      return Math.max(position - Math.max(1, pageSize), 0);
    default:
      return null;
  }
}
