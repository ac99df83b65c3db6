/**
 * Ends the current task and resolves in a new one, queued behind whatever the browser and the page have
 * waiting: input, a frame, the page's own scripts. A message to ourselves: unlike a nested `setTimeout(0)`
 * it is never clamped to 4 ms, and unlike `scheduler.yield()` it does not put our work ahead of the page's.
 */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel()
    port1.onmessage = () => {
      port1.close()
      resolve()
    }
    port2.postMessage(undefined)
  })
}
