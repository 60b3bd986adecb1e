import { create } from 'zustand';

const KEY = 'etom-studio.author-name';

function stored(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

/**
 * "Your name", stamped on the mappings you create and edit (createdBy, updatedBy). Kept in this
 * browser profile or app window, not in the workspace: a workspace is shared, a name is not.
 * Empty: changes are stamped with the time only.
 */
export const useAuthor = create<{ name: string }>(() => ({ name: stored() }));

export function setAuthorName(name: string): void {
  const trimmed = name.trim().slice(0, 200);
  try {
    localStorage.setItem(KEY, trimmed);
  } catch {
    // Storage refused (private mode): the name holds for this session.
  }
  useAuthor.setState({ name: trimmed });
}
