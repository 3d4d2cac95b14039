/** How often the parent process is checked. */
export const PARENT_CHECK_INTERVAL_MS = 500;

/**
 * Calls `onGone` once when this process's parent exits, whatever ended it (SIGKILL included): the
 * operating system then hands this process to another parent, which changes its parent pid.
 * `npm run dev` runs this process directly under npm (the script uses `exec`), so stopping or
 * killing npm stops npm run dev too. Returns a function that stops watching. A process started
 * by init (parent pid 1) has no parent to watch.
 */
export function watchParent(onGone: () => void, intervalMs = PARENT_CHECK_INTERVAL_MS): () => void {
  const parent = process.ppid;
  if (parent <= 1) return () => undefined;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onGone();
  }, intervalMs);
  // Watching must not keep the process alive by itself.
  timer.unref();
  return () => clearInterval(timer);
}
