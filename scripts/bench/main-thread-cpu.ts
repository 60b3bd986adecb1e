/**
 * The renderer main thread's CPU time in a Chromium trace: the sum of the thread durations of
 * its top-level tasks. Less sensitive to a loaded machine than frame gaps (time spent waiting
 * for a core is not counted), so before/after figures compare on a shared machine.
 */
interface TraceEvent {
  ph?: string;
  name?: string;
  pid?: number;
  tid?: number;
  tdur?: number;
  args?: { name?: string };
}

/** CPU ms of the renderer main thread's tasks (RunTask) in a trace from browser.stopTracing(). */
export function mainThreadCpu(trace: Buffer): number {
  const parsed = JSON.parse(trace.toString('utf8')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const main = events.find((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain');
  if (!main) throw new Error('the trace has no renderer main thread');
  let micros = 0;
  for (const e of events) {
    if (e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'RunTask')
      micros += e.tdur ?? 0;
  }
  return micros / 1000;
}
