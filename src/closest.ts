/**
 * "Did you mean …?" suggestions for mistyped keys and actor ids.
 */

/** Longer words are not compared: an id is at most 100 characters, and typos are short edits. */
const MAX_COMPARED_LENGTH = 120

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions, so `soucre` is one
 * edit from `source`), or `Infinity` once it is certain to exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return Infinity
  // Rows of the table: two back (for transpositions), the previous one and the current one.
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      // Out of range (the first row or column), `a[i - 2]` or `b[j - 2]` is undefined: no transposition.
      const best = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
        a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] ? (before[j - 2] ?? 0) + 1 : Infinity,
      )
      current.push(best)
      rowMin = Math.min(rowMin, best)
    }
    if (rowMin > max) return Infinity
    before = previous
    previous = current
  }
  const distance = previous[b.length] ?? Infinity
  return distance > max ? Infinity : distance
}

/**
 * The candidate nearest to `word`, ignoring case, if it is close enough to be a plausible typo:
 * one edit for short words, up to three for long ones. Ties go to the earlier candidate.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > MAX_COMPARED_LENGTH) return undefined
  const target = word.toLowerCase()
  let best: string | undefined
  // One more than the edits a suggestion may be away, then the distance of the best one so far.
  let bestDistance = Math.min(3, Math.max(1, Math.floor(word.length / 3))) + 1
  for (const candidate of candidates) {
    if (candidate === word) continue
    const distance = editDistance(target, candidate.toLowerCase(), bestDistance - 1)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/** ` — did you mean "maduro"?` after an unknown name, or nothing when no candidate is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const suggestion = closest(word, candidates)
  return suggestion === undefined ? '' : ` — did you mean "${suggestion}"?`
}
