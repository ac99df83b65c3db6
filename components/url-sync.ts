/**
 * Keeps a widget's view in the page URL's hash when the host opts in (`sync-url`): reads it once the
 * network is drawn and on every `hashchange`, and writes it back, throttled, replacing the history entry
 * so the back button is not flooded. The hash format lives in `src/url-state.ts`.
 */
import type { ReactiveController } from 'lit'
import { readViewState, type ViewState, writeViewState } from '../src/url-state.ts'
import type { NetworkHost, NetworkParts } from './network-parts.ts'

/** Writes wait this long after the last change: a zoom gesture makes one history entry, not sixty. */
const WRITE_DELAY = 250

export class UrlSync implements ReactiveController {
  readonly #host: NetworkHost
  readonly #parts: NetworkParts
  #timer = 0

  constructor(host: NetworkHost, parts: NetworkParts) {
    this.#host = host
    this.#parts = parts
    host.addController(this)
  }

  /** Re-added to the page: listen to the URL again, and take any change made while detached. */
  hostConnected() {
    if (this.#parts.data.graph) this.read()
  }

  /** Stops listening and drops a pending write, for a removed widget. */
  hostDisconnected() {
    clearTimeout(this.#timer)
    window.removeEventListener('hashchange', this.read)
  }

  /** Reads the hash and, while the widget syncs, follows its changes. */
  read = () => {
    const key = this.#key()
    window.removeEventListener('hashchange', this.read)
    if (!key) return
    window.addEventListener('hashchange', this.read)
    this.#apply(readViewState(location.hash, key))
  }

  write() {
    const key = this.#key()
    if (!key || !this.#current()) return
    clearTimeout(this.#timer)
    this.#timer = window.setTimeout(() => {
      const state = this.#current()
      if (!state) return
      const hash = writeViewState(location.hash, key, state)
      if (hash !== location.hash)
        history.replaceState(history.state, '', hash || location.pathname + location.search)
    }, WRITE_DELAY)
  }

  /** The widget's key in the hash, or undefined when it does not sync. */
  #key() {
    const { syncUrl, id } = this.#host
    return syncUrl == null ? undefined : syncUrl || id || 'network'
  }

  /** The view to write now, or undefined when nothing is drawn to describe. */
  #current(): ViewState | undefined {
    if (!this.#parts.data.graph) return undefined
    const host = this.#host
    return {
      relations: host.relations ?? undefined,
      selected: host.selected,
      step: host.step,
      view: this.#parts.view.shareable,
    }
  }

  #apply(state: ViewState) {
    const host = this.#host
    const { data, view } = this.#parts
    if (state.relations !== undefined) host.relations = state.relations
    if (state.selected && data.graph?.nodeById.has(state.selected)) host.selected = state.selected
    if (state.step !== undefined && state.step <= (data.dataset?.steps?.length ?? 0)) host.step = state.step
    view.showShared(state.view)
  }
}
