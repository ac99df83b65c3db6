/**
 * Follows the passage selected in the article (`.article-text` inside the host), as offsets into its text.
 * A selection made elsewhere (the focus moving to a button) keeps the passage, so the buttons that act on
 * it can be reached with Tab or the mouse; a new selection in the article replaces it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import { selectedRange } from './article-view.ts'

export type TextRange = { readonly start: number; readonly end: number }

export class SelectionWatch implements ReactiveController {
  /** The passage selected last, if any. */
  range?: TextRange

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this)
  }

  hostConnected() {
    document.addEventListener('selectionchange', this.#onChange)
  }

  hostDisconnected() {
    document.removeEventListener('selectionchange', this.#onChange)
  }

  /** Forgets the passage once it has been used. */
  clear() {
    this.range = undefined
  }

  readonly #onChange = () => {
    const article = this.host.querySelector('.article-text')
    if (!article) return
    const range = selectedRange(article)
    const anchor = document.getSelection()?.anchorNode
    if (!range && !(anchor && article.contains(anchor))) return
    const changed = range?.start !== this.range?.start || range?.end !== this.range?.end
    this.range = range
    if (changed) this.host.requestUpdate()
  }
}
