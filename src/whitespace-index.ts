/**
 * Text with every run of whitespace written as one space, and the way back to the original: articles
 * are re-wrapped between copies, so quotes are compared in this form and located in the original.
 */

/** The collapsed text and, for each of its characters, that character's index in the original. */
export interface CollapsedText {
  readonly value: string
  readonly offsets: Int32Array
}

const WHITESPACE_RUN = /\s+/g

/**
 * Collapses each run of whitespace (spaces, tabs, line breaks of any kind, no-break spaces) into one
 * space, which maps to the run's first character. Runs at the ends are kept, so every stretch of the
 * original still has a place.
 */
export function collapseWhitespace(text: string): CollapsedText {
  const offsets = new Int32Array(text.length)
  const pieces: string[] = []
  let length = 0
  let from = 0
  const keep = (to: number) => {
    pieces.push(text.slice(from, to))
    for (let i = from; i < to; i++) offsets[length++] = i
  }
  for (const run of text.matchAll(WHITESPACE_RUN)) {
    keep(run.index)
    pieces.push(' ')
    offsets[length++] = run.index
    from = run.index + run[0].length
  }
  keep(text.length)
  return { value: pieces.join(''), offsets: offsets.slice(0, length) }
}

/** A quote in the collapsed form, without whitespace at its ends. */
export const collapseQuote = (quote: string): string => quote.replace(WHITESPACE_RUN, ' ').trim()
