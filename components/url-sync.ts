/**
 * Keeps a widget's view in the page URL's hash when the host opts in (`sync-url`): reads it once the
 * network is drawn and on every `hashchange`, and writes it back, throttled, replacing the history entry
 * so the back button is not flooded. The hash format lives in `src/url-state.ts`.
 */
import { readViewState, type ViewState, writeViewState } from '../src/url-state.ts'

export interface UrlSyncHost {
  /** The widget's key in the hash, or undefined when it does not sync. */
  key(): string | undefined
  /** The view to write now, or undefined when there is nothing drawn to describe. */
  current(): ViewState | undefined
  /** Applies a view read from the hash. */
  apply(state: ViewState): void
}

/** Writes wait this long after the last change: a zoom gesture makes one history entry, not sixty. */
const WRITE_DELAY = 250

export class UrlSync {
  #timer = 0

  constructor(private readonly host: UrlSyncHost) {}

  /** Reads the hash and, while the widget syncs, follows its changes. */
  read = () => {
    const key = this.host.key()
    window.removeEventListener('hashchange', this.read)
    if (!key) return
    window.addEventListener('hashchange', this.read)
    this.host.apply(readViewState(location.hash, key))
  }

  write() {
    const key = this.host.key()
    if (!key || !this.host.current()) return
    clearTimeout(this.#timer)
    this.#timer = window.setTimeout(() => {
      const state = this.host.current()
      if (!state) return
      const hash = writeViewState(location.hash, key, state)
      if (hash !== location.hash)
        history.replaceState(history.state, '', hash || location.pathname + location.search)
    }, WRITE_DELAY)
  }

  /** Stops listening and drops a pending write, for a disconnected widget. */
  stop() {
    clearTimeout(this.#timer)
    window.removeEventListener('hashchange', this.read)
  }
}
