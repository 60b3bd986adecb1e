import { useEffect } from 'react';
import { create } from 'zustand';
import type { ProcessId } from '../../shared/model/ids';
import { useStudio } from '../state/studio-store';
import { PROCESSES_TAB, openTab } from '../state/tabs';

/** A company process another view asked the catalogue tab to select (the coverage lists). */
const useReveal = create<{ pending: ProcessId | null }>(() => ({ pending: null }));

/** Opens the "Company processes" tab with `id` selected. */
export function revealCompanyProcess(id: ProcessId): void {
  useReveal.setState({ pending: id });
  useStudio.setState((s) => openTab(s, PROCESSES_TAB));
}

/** For the catalogue tab: selects what was asked for, whether it was open already or not. */
export function useRevealedCompanyProcess(select: (id: ProcessId) => void): void {
  const pending = useReveal((s) => s.pending);
  useEffect(() => {
    if (pending === null) return;
    select(pending);
    useReveal.setState({ pending: null });
  }, [pending, select]);
}
