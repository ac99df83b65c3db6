/**
 * The passage of a text nearest a quote in edits, for a quote that is not in it verbatim: seed and
 * extend, as read aligners do. Short letter sequences shared by the quote and the text vote for where
 * the quote would lie; only around the best-voted places is the quote aligned character by character.
 * The cost is bounded by the quote's length squared, whatever the text: a whole-text approximate search
 * (Myers' algorithm) slows to minutes on repetitive text, which an editor could paste.
 */

/** A range of the searched text and the edits (insertions, deletions, substitutions) it is from the quote. */
export interface Passage {
  readonly start: number
  readonly end: number
  readonly errors: number
}

/** Length of the shared letter sequences that vote, and how common one may be and still vote. */
const SEED = 4
const MAX_SEED_OCCURRENCES = 64
/** Places aligned per quote; votes are pooled over diagonals this close, as edits shift them. */
const CANDIDATES = 3
const BUCKET = 8

/** Look-alikes folded together for voting only, so a quote with straight quotes still finds its place. */
const FOLDED: Record<string, string> = {
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '“': '"',
  '”': '"',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '−': '-',
  '…': '.',
}
const foldedChars = new Map<string, string>()

/** One character for one: capitals, accents and look-alikes set aside, so offsets stay the same. */
function foldChar(char: string): string {
  let folded = foldedChars.get(char)
  if (folded === undefined) {
    const lower = (char.normalize('NFD')[0] ?? char).toLowerCase()
    folded = FOLDED[char] ?? (lower.length === 1 ? lower : char)
    foldedChars.set(char, folded)
  }
  return folded
}

const fold = (text: string): string => Array.from(text, foldChar).join('')

/**
 * A search over `text` for the passage nearest a quote within `maxErrors` edits; the text's index of
 * seeds is built on the first search and kept.
 */
export function passageFinder(text: string): (quote: string, maxErrors: number) => Passage | undefined {
  let seeds: Map<string, number[]> | undefined
  return (quote, maxErrors) => {
    seeds ??= indexSeeds(fold(text))
    let best: Passage | undefined
    for (const diagonal of candidateDiagonals(seeds, fold(quote))) {
      const slack = SEED + BUCKET + maxErrors
      const passage = align(text, Math.max(0, diagonal - slack), diagonal + quote.length + slack, quote)
      if (
        !best ||
        passage.errors < best.errors ||
        (passage.errors === best.errors && passage.start < best.start)
      ) {
        best = passage
      }
    }
    return best && best.errors <= maxErrors ? best : undefined
  }
}

function indexSeeds(folded: string): Map<string, number[]> {
  const seeds = new Map<string, number[]>()
  for (let i = 0; i + SEED <= folded.length; i++) {
    const seed = folded.slice(i, i + SEED)
    const positions = seeds.get(seed)
    if (positions) positions.push(i)
    else seeds.set(seed, [i])
  }
  return seeds
}

/** Where the quote's start would lie in the text, by the votes of its seeds, best first. */
function candidateDiagonals(seeds: Map<string, number[]>, quote: string): number[] {
  const votes = new Map<number, number>()
  for (let i = 0; i + SEED <= quote.length; i++) {
    const positions = seeds.get(quote.slice(i, i + SEED))
    if (!positions || positions.length > MAX_SEED_OCCURRENCES) continue
    for (const position of positions) {
      const bucket = Math.floor((position - i) / BUCKET)
      votes.set(bucket, (votes.get(bucket) ?? 0) + 1)
    }
  }
  const pooled = (bucket: number) =>
    (votes.get(bucket - 1) ?? 0) + (votes.get(bucket) ?? 0) + (votes.get(bucket + 1) ?? 0)
  const ranked = [...votes.keys()].map((bucket) => ({ bucket, score: pooled(bucket) }))
  ranked.sort((a, b) => b.score - a.score || a.bucket - b.bucket)
  const chosen: number[] = []
  for (const { bucket } of ranked) {
    // Neighbouring buckets are aligned together with the chosen one: its window covers them.
    if (chosen.some((other) => Math.abs(other - bucket) <= 2)) continue
    chosen.push(bucket)
    if (chosen.length === CANDIDATES) break
  }
  return chosen.map((bucket) => bucket * BUCKET)
}

/**
 * The best alignment of the whole quote with some range of `text` between `from` and `to`: edit
 * distance with free ends in the text, each cell carrying where its path entered the text. On a tie a
 * substitution is preferred to a gap.
 */
function align(text: string, from: number, to: number, quote: string): Passage {
  const width = Math.min(to, text.length) - from
  let previous = new Int32Array(width + 1)
  let previousStart = new Int32Array(width + 1)
  let current = new Int32Array(width + 1)
  let currentStart = new Int32Array(width + 1)
  for (let j = 0; j <= width; j++) previousStart[j] = j
  const row = new Uint16Array(width)
  for (let j = 0; j < width; j++) row[j] = text.charCodeAt(from + j)
  for (let i = 1; i <= quote.length; i++) {
    const char = quote.charCodeAt(i - 1)
    current[0] = i
    currentStart[0] = 0
    let left = i
    let leftStart = 0
    for (let j = 1; j <= width; j++) {
      let cost = (previous[j - 1] as number) + (row[j - 1] === char ? 0 : 1)
      let start = previousStart[j - 1] as number
      const up = (previous[j] as number) + 1
      if (up < cost) {
        cost = up
        start = previousStart[j] as number
      }
      if (left + 1 < cost) {
        cost = left + 1
        start = leftStart
      }
      current[j] = cost
      currentStart[j] = start
      left = cost
      leftStart = start
    }
    const rows = previous
    previous = current
    current = rows
    const starts = previousStart
    previousStart = currentStart
    currentStart = starts
  }
  let bestEnd = 0
  for (let j = 1; j <= width; j++) {
    const [cost, best] = [previous[j] as number, previous[bestEnd] as number]
    // Of equally near passages the earliest; of its ends the longest, so a last character that differs
    // (a straight quote for a curly one) stays in the passage rather than being left out at equal cost.
    const startsBefore = (previousStart[j] as number) < (previousStart[bestEnd] as number)
    const sameStart = previousStart[j] === previousStart[bestEnd]
    if (cost < best || (cost === best && (startsBefore || sameStart))) bestEnd = j
  }
  return {
    start: from + (previousStart[bestEnd] as number),
    end: from + bestEnd,
    errors: previous[bestEnd] as number,
  }
}
