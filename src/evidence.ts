/**
 * The product's central promise, checked: every quote of a dataset occurs verbatim in its source text.
 * Only runs of whitespace may differ (articles are re-wrapped between copies); curly and straight quotes,
 * dashes and ellipses are different characters. A quote that is not found comes with the closest passage
 * of the text and where it differs, so an editor sees at once what to fix.
 *
 * Exact matches are looked up in the text with its whitespace collapsed, then mapped back to the
 * original; only misses pay for the approximate search (`closest-passage.ts`).
 */
import { type Passage, passageFinder } from './closest-passage.ts'
import type { Dataset } from './dataset.ts'
import { type Difference, differenceAt, partingPoint } from './quote-difference.ts'
import type { DatasetError } from './validate.ts'
import { type CollapsedText, collapseQuote, collapseWhitespace } from './whitespace-index.ts'

/** Where a quote is in the text (indexes into the original text), or the closest passage and why not. */
export type QuoteMatch =
  | { found: true; start: number; end: number }
  | {
      found: false
      /** The passage most like the quote (indexes into the original text), when one is close enough. */
      closest?: { start: number; end: number; passage: string }
      /** Where that passage and the quote first part. */
      differs?: Difference
    }

/** A passage is offered as the closest only within this share of the quote's length in edits. */
const MAX_EDIT_SHARE = 1 / 3

/** Words of the text shown on either side of a difference in a message. */
const CONTEXT_WORDS = 3

/**
 * Finds `quote` in `text`, first occurrence, ignoring only how whitespace is laid out. An empty quote is
 * never found. Quick for live use: the text's collapsed form is kept between calls on the same text.
 */
export function findQuote(text: string, quote: string): QuoteMatch {
  return locate(text, quote).match
}

/**
 * Checks every quote of every relation (`relations[i].evidence[j]`) against `text`, in document order.
 * Errors are worded with `textName`: `not in article.txt; closest passage: "…seized President Nicolás
 * Maduro in a raid…" (differs at "Maduro" / "Madura")`, the text's fragment first, then the quote's.
 * Each actor's `shortName` is checked too: the dataset promises it is the source's own short form, so it must
 * occur in the text as a whole word (reported at `/actors/i/shortName`, before the quotes).
 * Tolerates a dataset that is not yet valid: anything other than a non-empty string where a quote
 * belongs is the validator's to report, and is skipped here.
 */
export function checkEvidence(dataset: Dataset, text: string, textName = 'the source text'): DatasetError[] {
  const errors: DatasetError[] = []
  const actors: unknown = (dataset as { actors?: unknown } | null)?.actors
  if (Array.isArray(actors))
    actors.forEach((actor: unknown, i) => {
      const shortName: unknown = (actor as { shortName?: unknown } | null)?.shortName
      if (typeof shortName === 'string' && shortName.trim() !== '' && !usesWord(text, shortName))
        errors.push({
          pointer: `/actors/${i}/shortName`,
          message: `not in ${textName}: a short name must be one the text itself uses, as a whole word`,
        })
    })
  const relations: unknown = (dataset as { relations?: unknown } | null)?.relations
  if (!Array.isArray(relations)) return errors
  relations.forEach((relation: unknown, i) => {
    const evidence: unknown = (relation as { evidence?: unknown } | null)?.evidence
    if (!Array.isArray(evidence)) return
    evidence.forEach((quote: unknown, j) => {
      if (typeof quote !== 'string' || quote.trim() === '') return
      const located = locate(text, quote)
      if (located.match.found) return
      errors.push({ pointer: `/relations/${i}/evidence/${j}`, message: describeMiss(located, textName) })
    })
  })
  return errors
}

/**
 * Whether `word` occurs in `text` as a whole word (or words): "Maduro" in "Nicolás Maduro's", not "Mad" in
 * "Maduro". Whitespace is compared as in quotes; letters and digits of any script count as word characters.
 */
function usesWord(text: string, word: string): boolean {
  const wanted = collapseQuote(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(?<![\\p{L}\\p{N}])${wanted}(?![\\p{L}\\p{N}])`, 'u').test(prepare(text).collapsed.value)
}

/** A search's outcome, with where the closest passage parts from the quote in the collapsed text. */
interface Located {
  readonly match: QuoteMatch
  readonly collapsed: CollapsedText
  readonly partsAt?: number
}

function locate(text: string, quote: string): Located {
  const wanted = collapseQuote(quote)
  const prepared = prepare(text)
  const { collapsed } = prepared
  if (wanted === '') return { match: { found: false }, collapsed }
  const at = collapsed.value.indexOf(wanted)
  if (at !== -1)
    return { match: { found: true, ...originalRange(collapsed, at, at + wanted.length) }, collapsed }
  const passage = closestPassage(prepared, wanted)
  if (!passage) return { match: { found: false }, collapsed }
  const range = originalRange(collapsed, passage.start, passage.end)
  const [t, q] = partingPoint(collapsed.value, passage.start, wanted)
  return {
    match: {
      found: false,
      closest: { ...range, passage: text.slice(range.start, range.end) },
      differs: differenceAt(collapsed.value, t, wanted, Math.min(q, wanted.length - 1)),
    },
    collapsed,
    partsAt: t,
  }
}

/** A text prepared for searching: collapsed, with its finder of closest passages. */
interface Prepared {
  readonly collapsed: CollapsedText
  readonly closest: (quote: string, maxErrors: number) => Passage | undefined
}

// The last text prepared: an editor checks quote after quote against the same article.
let cache: { text: string; prepared: Prepared } | undefined
function prepare(text: string): Prepared {
  if (cache?.text !== text) {
    const collapsed = collapseWhitespace(text)
    cache = { text, prepared: { collapsed, closest: passageFinder(collapsed.value) } }
  }
  return cache.prepared
}

/** The original indexes of the collapsed range [start, end), which neither starts nor ends in a space. */
function originalRange(collapsed: CollapsedText, start: number, end: number) {
  return { start: collapsed.offsets[start] as number, end: (collapsed.offsets[end - 1] as number) + 1 }
}

/** The range of the collapsed text nearest the quote in edits, if it is near enough to be a likely slip. */
function closestPassage({ collapsed, closest }: Prepared, wanted: string) {
  const best = closest(wanted, Math.floor(wanted.length * MAX_EDIT_SHARE))
  if (!best) return undefined
  let { start, end } = best
  // A passage starts and ends on a character, never on a collapsed run of whitespace.
  while (start < end && collapsed.value[start] === ' ') start++
  while (end > start && collapsed.value[end - 1] === ' ') end--
  return start < end ? { start, end } : undefined
}

/** `not in article.txt; closest passage: "…" (differs at "Maduro" / "Madura")`, or that nothing is close. */
function describeMiss({ match, collapsed, partsAt }: Located, textName: string): string {
  if (match.found || !match.differs || partsAt === undefined)
    return `not in ${textName}, nor anything close to it`
  const { differs } = match
  const note = differs.note ? `: ${differs.note}` : ''
  const excerpt = excerptAround(collapsed.value, partsAt)
  // JSON strings, so a straight double quote in the text or the quote reads as one: "\"".
  const [passage, text, quote] = [excerpt, differs.text, differs.quote].map((value) => JSON.stringify(value))
  return `not in ${textName}; closest passage: ${passage} (differs at ${text} / ${quote}${note})`
}

/**
 * A few words of the (collapsed) text on either side of `index`, with an ellipsis where the text goes
 * on: `…seized President Nicolás Maduro in a raid…`.
 */
function excerptAround(text: string, index: number): string {
  let start = Math.min(index, text.length)
  for (let words = 0; start > 0; start--) {
    if (text[start - 1] === ' ' && ++words > CONTEXT_WORDS) break
  }
  let end = index
  for (let words = 0; end < text.length; end++) {
    if (text[end] === ' ' && end > index && ++words > CONTEXT_WORDS) break
  }
  const shown = text.slice(start, end).trim()
  return `${start > 0 ? '…' : ''}${shown}${end < text.length ? '…' : ''}`
}
