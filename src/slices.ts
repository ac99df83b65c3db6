/**
 * Long work spread over several tasks, so that a host page's main thread is never held for all of it: the
 * browser can paint, take input and run the page's own scripts between two slices.
 */

export interface SliceOptions {
  /** How long a slice may run, in the clock's unit, before it stops at the next step. */
  readonly budget: number
  /** The clock (`performance.now` in a browser; a test can count instead). */
  readonly now: () => number
  /** Resolves when the next slice may run: after the browser's other tasks. */
  readonly pause: () => Promise<void>
  /** Checked after every pause: true stops the work where it is, and `runInSlices` resolves to undefined. */
  readonly cancelled?: () => boolean
}

/**
 * Runs `steps` to the end, pausing whenever a slice has run for `budget`. A slice stops after the step that
 * crosses the budget, so it runs past it by at most one step: keep steps small. The steps run in order
 * and none is skipped, so the result is the one running them in one go would give.
 */
export async function runInSlices<T>(
  steps: Generator<void, T>,
  { budget, now, pause, cancelled }: SliceOptions,
): Promise<T | undefined> {
  let start = now()
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    if (now() - start < budget) continue
    await pause()
    if (cancelled?.()) return undefined
    start = now()
  }
}
