/**
 * Ctrl/⌘ + Z undoes and Shift + Ctrl/⌘ + Z (or Ctrl + Y) redoes, anywhere on the page, even inside a field:
 * the workbench's history covers every edit of every field in one order, which a field's own undo cannot.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit'

export interface Undoable {
  undo(): boolean
  redo(): boolean
}

export class UndoKeys implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & Undoable) {
    host.addController(this)
  }

  hostConnected() {
    window.addEventListener('keydown', this.#onKey)
  }

  hostDisconnected() {
    window.removeEventListener('keydown', this.#onKey)
  }

  readonly #onKey = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return
    const key = event.key.toLowerCase()
    if (key !== 'z' && key !== 'y') return
    event.preventDefault()
    if (key === 'y' || event.shiftKey) this.host.redo()
    else this.host.undo()
  }
}
