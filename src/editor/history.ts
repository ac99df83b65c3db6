/**
 * Undo and redo over immutable states. Every edit pushes the state it made; a run of edits with the
 * same `group` (keystrokes in one field) is one step, so undo takes back the field, not a letter.
 */
export class History<T> {
  #past: T[] = []
  #future: T[] = []
  #present: T
  #group?: string
  readonly #limit: number

  /** `limit` bounds the steps kept: the oldest are dropped first. */
  constructor(initial: T, limit = 500) {
    this.#present = initial
    this.#limit = limit
  }

  get present(): T {
    return this.#present
  }
  get canUndo(): boolean {
    return this.#past.length > 0
  }
  get canRedo(): boolean {
    return this.#future.length > 0
  }

  /** Makes `next` the present. With the `group` of the edit before it, it replaces that edit's result. */
  push(next: T, group?: string): void {
    if (next === this.#present) return
    if (group === undefined || group !== this.#group || this.#past.length === 0) {
      this.#past.push(this.#present)
      if (this.#past.length > this.#limit) this.#past.shift()
    }
    this.#present = next
    this.#future = []
    this.#group = group
  }

  /** Steps back; returns whether there was a step to take. */
  undo(): boolean {
    const previous = this.#past.pop()
    if (previous === undefined) return false
    this.#future.push(this.#present)
    this.#present = previous
    this.#group = undefined
    return true
  }

  redo(): boolean {
    const next = this.#future.pop()
    if (next === undefined) return false
    this.#past.push(this.#present)
    this.#present = next
    this.#group = undefined
    return true
  }

  /** Starts over from `state` with no steps to undo (another tab's newer work, say). */
  reset(state: T): void {
    this.#past = []
    this.#future = []
    this.#present = state
    this.#group = undefined
  }
}
