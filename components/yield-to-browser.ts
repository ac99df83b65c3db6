/**
 * Ends the current task and resolves in a new one, after whatever the browser has waiting: input, a frame,
 * the page's own scripts. `scheduler.yield()` where there is one (it resumes ahead of other queued work);
 * elsewhere a message to ourselves, which, unlike a nested `setTimeout(0)`, is never clamped to 4 ms.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (scheduler?.yield) return scheduler.yield()
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel()
    port1.onmessage = () => {
      port1.close()
      resolve()
    }
    port2.postMessage(undefined)
  })
}
