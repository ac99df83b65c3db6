/**
 * The work as saved in the browser, with a revision number that every save raises: a tab saves only over
 * the revision it last saw, so two tabs on the same work never overwrite each other unnoticed.
 */
import type { Work } from './work.ts'

export interface Saved {
  readonly revision: number
  readonly work: Work
}

/** The key the work is saved under in `localStorage`. */
export const STORAGE_KEY = 'actor-network-editor:work'

/** The saved record from storage's text, or undefined when there is none or it is unreadable. */
export function readSaved(raw: string | null): Saved | undefined {
  if (!raw) return undefined
  try {
    const value = JSON.parse(raw) as Partial<Saved> | null
    const work = value?.work as Partial<Work> | undefined
    if (
      typeof value?.revision !== 'number' ||
      typeof work?.text !== 'string' ||
      typeof work.dataset !== 'object' ||
      work.dataset === null ||
      !Array.isArray(work.dataset.actors) ||
      !Array.isArray(work.dataset.relations)
    )
      return undefined
    return value as Saved
  } catch {
    return undefined
  }
}

export const writeSaved = (saved: Saved): string => JSON.stringify(saved)

/**
 * Whether a tab that last saw revision `seen` may save now: only if nothing newer was saved since (by
 * another tab). Otherwise it must first take the newer work, or decide to replace it.
 */
export const maySave = (seen: number, stored: Saved | undefined): boolean =>
  stored === undefined || stored.revision <= seen
