/**
 * What the widget says: a polite live region for screen readers (filter changes, selections, views), and a
 * passing notice over the graph (by default the hint that Ctrl/⌘ + wheel zooms).
 */
import { css, html, type ReactiveController } from 'lit'
import type { NetworkHost } from './network-parts.ts'

export class Notices implements ReactiveController {
  readonly #host: NetworkHost
  #announcement = ''
  /** The notice over the graph; when unset, the hint that Ctrl/⌘ + wheel zooms. */
  #hintText?: string
  #hintTimer = 0

  constructor(host: NetworkHost) {
    this.#host = host
    host.addController(this)
  }

  hostDisconnected() {
    clearTimeout(this.#hintTimer)
  }

  /** Speaks through the polite live region, once per change (a no-break space makes a repeat count as new). */
  announce(text: string) {
    this.#announcement = text === this.#announcement ? `${text}\u00a0` : text
    this.#host.requestUpdate()
  }

  /** Shows a notice over the graph for a moment: by default the wheel hint. */
  showHint(text?: string, duration = 1400) {
    // Wheel events come many a second while the reader scrolls past: render only when the text changes.
    if (text !== this.#hintText) {
      this.#hintText = text
      this.#host.requestUpdate()
    }
    const hint = this.#host.renderRoot.querySelector('.hint')
    hint?.classList.add('is-shown')
    clearTimeout(this.#hintTimer)
    this.#hintTimer = window.setTimeout(() => hint?.classList.remove('is-shown'), duration)
  }

  renderHint() {
    return html`<div class="hint" aria-hidden="true">${this.#hintText ?? `${isMac() ? '⌘' : 'Ctrl'} + scroll to zoom`}</div>`
  }

  renderLiveRegion() {
    return html`<div class="visually-hidden" role="status" aria-live="polite">${this.#announcement}</div>`
  }
}

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform)

export const noticeStyles = css`
  .hint {
    position: absolute;
    left: 50%;
    bottom: 12px;
    transform: translateX(-50%);
    padding: 6px 10px;
    border-radius: 6px;
    background: var(--_text);
    color: var(--_background);
    font-size: 13px;
    pointer-events: none;
    opacity: 0;
    width: max-content;
    max-width: calc(100% - 24px);
    text-align: center;
  }
  .hint.is-shown {
    opacity: 1;
  }
`
