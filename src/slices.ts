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
  /** When the current task began on the clock, if before the call: work done before counts toward the first slice. */
  readonly startedAt?: number
}

/**
 * Runs `steps` to the end, pausing before a step whenever the slice has run for `budget`: a slice runs past
 * it by at most one step, so keep steps small. The steps run in order and none is skipped, so the result is
 * the one running them in one go would give.
 */
export async function runInSlices<T>(
  steps: Generator<void, T>,
  { budget, now, pause, cancelled, startedAt }: SliceOptions,
): Promise<T | undefined> {
  let start = startedAt ?? now()
  for (;;) {
    if (now() - start >= budget) {
      await pause()
      if (cancelled?.()) return undefined
      start = now()
    }
    const step = steps.next()
    if (step.done) return step.value
  }
}
