/**
 * Waiting and watching for the browser tests: poll a condition, ask the test server what became of a
 * request, and collect what nobody caught.
 */
import { afterEach, beforeEach } from 'vitest'

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Resolves once `condition` holds, checking every 10 ms; throws after `timeout` ms naming `what`. */
export async function until(condition: () => boolean | Promise<boolean>, what: string, timeout = 10_000) {
  const deadline = performance.now() + timeout
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(10)
  }
}

/** A fresh token for `?log=<token>`: the test server then remembers what became of the request. */
export const newToken = () => `t${Math.random().toString(36).slice(2)}`

export interface Outcome {
  /** `open` while being answered, `finished` when sent in full, `aborted` when the browser dropped it. */
  readonly state: 'open' | 'finished' | 'aborted' | 'unknown'
  readonly requests: number
}

export const serverOutcome = async (token: string): Promise<Outcome> =>
  (await fetch(`/__test__/log/${token}`)).json()

/**
 * Collects, for each test of the file, every uncaught exception (an `ErrorEvent` on window, including
 * Chromium's "ResizeObserver loop" reports) and unhandled rejection, and fails the test if there are any.
 * The widget's own `error` event bubbles to window too, but it is a plain `Event`, not an `ErrorEvent`.
 */
export function collectUncaught(): unknown[] {
  const uncaught: unknown[] = []
  const onError = (event: Event) => {
    if (event instanceof ErrorEvent) uncaught.push(event.error ?? event.message)
  }
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason)
  beforeEach(() => {
    uncaught.length = 0
    window.addEventListener('error', onError)
    window.addEventListener('unhandledrejection', onRejection)
  })
  afterEach(() => {
    window.removeEventListener('error', onError)
    window.removeEventListener('unhandledrejection', onRejection)
    if (uncaught.length) throw new Error(`uncaught during the test: ${uncaught.map(String).join('; ')}`)
  })
  return uncaught
}

/** What became of the request once it reached `state`, or after `timeout` ms whatever it is then. */
export async function outcomeWithin(
  token: string,
  state: Outcome['state'],
  timeout = 3000,
): Promise<Outcome> {
  const deadline = performance.now() + timeout
  for (;;) {
    const outcome = await serverOutcome(token)
    if (outcome.state === state || performance.now() > deadline) return outcome
    await sleep(20)
  }
}
