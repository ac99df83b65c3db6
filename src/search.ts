/**
 * Type-ahead over actors: matches names and roles regardless of case and accents ("rodriguez" finds
 * "Rodríguez"), best matches first: a name that starts with the query, then a word of the name, then
 * anywhere in the name, then the role.
 */
import type { Actor } from './dataset.ts'

/** Lowercase, without diacritics, so readers can type without accents. */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()

function rank(actor: Actor, query: string): number {
  const name = fold(actor.name)
  if (name.startsWith(query)) return 0
  if (name.split(/[\s.’'-]+/).some((word) => word.startsWith(query))) return 1
  if (name.includes(query)) return 2
  if (actor.role && fold(actor.role).includes(query)) return 3
  return Number.POSITIVE_INFINITY
}

/** The actors matching `query`, best first, at most `limit`; an empty query matches nothing. */
export function searchActors(actors: readonly Actor[], query: string, limit = 8): Actor[] {
  const q = fold(query.trim())
  if (!q) return []
  // The sort is stable: actors of equal rank keep the dataset's order.
  return actors
    .map((actor) => ({ actor, rank: rank(actor, q) }))
    .filter((match) => Number.isFinite(match.rank))
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((match) => match.actor)
}
