/** Statuses of a snapshot whose import is still under way. */
const RUNNING = new Set(['queued', 'importing']);

export const isRunning = (status: string | undefined) => status !== undefined && RUNNING.has(status);

/** Poll every second while the import runs, then stop. */
export const POLL_MS = 1000;
