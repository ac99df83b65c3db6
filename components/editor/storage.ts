/**
 * Saves the work in the browser on every change and finds it again after a reload or a crash. Each save
 * raises a revision number; a tab saves only over the revision it last saw, so when another tab on the same
 * work saved since, this one stops saving and asks which version to keep rather than overwrite it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import { maySave, readSaved, type Saved, STORAGE_KEY, writeSaved } from '../../src/editor/saved.ts'
import type { Work } from '../../src/editor/work.ts'

export class WorkStorage implements ReactiveController {
  /** The revision this tab last saved or loaded. */
  #revision = 0
  /** Newer work saved by another tab, until this tab takes it or keeps its own. */
  #theirs?: Saved
  /** Why the last save failed (storage full or refused), if it did. */
  failure?: string

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly current: () => Work,
  ) {
    host.addController(this)
  }

  hostConnected() {
    window.addEventListener('storage', this.#onStorage)
  }

  hostDisconnected() {
    window.removeEventListener('storage', this.#onStorage)
  }

  /** Whether another tab saved newer work that this tab has not taken or overruled. */
  get conflict(): boolean {
    return this.#theirs !== undefined
  }

  /** The saved work, if any; this tab continues from its revision. */
  restore(): Work | undefined {
    const saved = this.#read()
    if (saved) this.#revision = saved.revision
    return saved?.work
  }

  /** Saves `work` unless another tab saved since: then it flags the conflict instead. */
  save(work: Work) {
    const stored = this.#read()
    if (!maySave(this.#revision, stored)) {
      this.#theirs = stored
      this.host.requestUpdate()
      return
    }
    this.#write({ revision: this.#revision + 1, work })
  }

  /** Takes the other tab's work; returns it. */
  takeTheirs(): Work | undefined {
    const theirs = this.#read() ?? this.#theirs
    this.#theirs = undefined
    if (theirs) this.#revision = theirs.revision
    this.host.requestUpdate()
    return theirs?.work
  }

  /** Keeps this tab's work, saving it over the other tab's. */
  keepMine() {
    const stored = this.#read()
    this.#theirs = undefined
    this.#write({ revision: Math.max(this.#revision, stored?.revision ?? 0) + 1, work: this.current() })
    this.host.requestUpdate()
  }

  #read(): Saved | undefined {
    try {
      return readSaved(localStorage.getItem(STORAGE_KEY))
    } catch {
      return undefined
    }
  }

  #write(saved: Saved) {
    try {
      localStorage.setItem(STORAGE_KEY, writeSaved(saved))
      this.#revision = saved.revision
      this.failure = undefined
    } catch (error) {
      this.failure = `Not saved in this browser: ${(error as Error).message || 'storage refused'}`
      this.host.requestUpdate()
    }
  }

  readonly #onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY) return
    const saved = readSaved(event.newValue)
    if (saved && saved.revision > this.#revision) {
      this.#theirs = saved
      this.host.requestUpdate()
    }
  }
}
