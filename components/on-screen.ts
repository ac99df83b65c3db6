/**
 * Whether the widget is on the screen, or near it: `loading="lazy"` waits for it, and the layout's
 * animation pauses while the widget is away. One IntersectionObserver in the few lines it takes: Lit's
 * `@lit-labs/observers` (2.1) would do the same, and the stage's resize too, for about 0.85 KB gzipped
 * against the 0.2 KB of this file and the view's observer.
 */
import type { ReactiveController } from 'lit'
import type { NetworkHost } from './network-parts.ts'

export interface OnScreenChanges {
  /** The widget came near the viewport. */
  enter(): void
  /** The widget went away from it. */
  leave(): void
}

export class OnScreenController implements ReactiveController {
  /** Until the observer's first answer the widget counts as away: lazy work waits for it. */
  inView = false
  readonly #host: NetworkHost
  readonly #changes: OnScreenChanges
  #observer?: IntersectionObserver

  constructor(host: NetworkHost, changes: OnScreenChanges) {
    this.#host = host
    this.#changes = changes
    host.addController(this)
  }

  hostConnected() {
    this.#observer ??= new IntersectionObserver(
      ([entry]) => {
        this.inView = entry?.isIntersecting ?? true
        if (this.inView) this.#changes.enter()
        else this.#changes.leave()
      },
      // Near enough: the network is laid out and drawn before the reader scrolls it in.
      { rootMargin: '300px' },
    )
    this.#observer.observe(this.#host)
  }

  hostDisconnected() {
    this.#observer?.disconnect()
  }
}
