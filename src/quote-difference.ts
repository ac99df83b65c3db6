/**
 * Where a quote and the closest passage of its text part, in words an editor can act on: the two
 * fragments that differ and, when the difference is easy to miss, what it is (curly vs straight
 * apostrophe, en vs em dash, capitals…).
 */

/** The first difference between a passage of the text and a quote. */
export interface Difference {
  /** The quote's fragment at the difference: a word, or one punctuation mark. */
  readonly quote: string
  /** The text's fragment at the same place; empty where the text ends first. */
  readonly text: string
  /** What the difference is, when the fragments look alike. */
  readonly note?: string
}

/**
 * Names of the characters that look alike and are not the same. Names that end alike are merged
 * in a note: "curly apostrophe" and "straight apostrophe" give "curly vs straight apostrophe".
 */
const LOOKALIKES: Record<string, string> = {
  "'": 'straight apostrophe',
  '’': 'curly apostrophe',
  '‘': 'opening curly single quote',
  ʼ: 'modifier-letter apostrophe',
  '"': 'straight double quote',
  '“': 'opening curly double quote',
  '”': 'closing curly double quote',
  '-': 'hyphen',
  '‐': 'Unicode hyphen',
  '‑': 'non-breaking hyphen',
  '‒': 'figure dash',
  '–': 'en dash',
  '—': 'em dash',
  '−': 'minus sign',
  '…': 'ellipsis character',
  '...': 'three dots',
}

/**
 * Where `quote` (from `quoteAt`) and `text` (from `textAt`) part, read side by side: the index in each
 * of the first character that differs. The quote's index is its length when it runs out first.
 */
export function partingPoint(text: string, textAt: number, quote: string, quoteAt = 0): [number, number] {
  let t = textAt
  let q = quoteAt
  while (q < quote.length && t < text.length && text[t] === quote[q]) {
    t++
    q++
  }
  return [t, q]
}

/**
 * The difference at a parting point of `text` and `quote` (see `partingPoint`), both in
 * collapsed-whitespace form.
 */
export function differenceAt(text: string, t: number, quote: string, q: number): Difference {
  if (t >= text.length) {
    // The text ran out on the quote's space, if anywhere: name the word the quote goes on with.
    return { quote: wordAt(quote, quote[q] === ' ' ? q + 1 : q), text: '', note: 'the text ends here' }
  }
  const marks = [lookalikeAt(text, t), lookalikeAt(quote, q)] as const
  if (marks[0] && marks[1]) {
    return { text: marks[0], quote: marks[1], note: contrast(LOOKALIKES[marks[0]], LOOKALIKES[marks[1]]) }
  }
  const fragments = { text: wordAt(text, t), quote: wordAt(quote, q) }
  const note = noteFor(fragments.text, fragments.quote)
  return note ? { ...fragments, note } : fragments
}

/** The look-alike punctuation mark at `index` (three dots count as one), if there is one. */
function lookalikeAt(value: string, index: number): string | undefined {
  if (value.startsWith('...', index)) return '...'
  // A dot that is not three is an ordinary full stop, not a stand-in for an ellipsis.
  const char = value[index] as string
  return char !== '.' && char in LOOKALIKES ? char : undefined
}

/** "curly apostrophe", "straight apostrophe" → "curly vs straight apostrophe". */
function contrast(a = '', b = ''): string {
  const left = a.split(' ')
  const right = b.split(' ')
  const shared: string[] = []
  while (left.length > 1 && right.length > 1 && left.at(-1) === right.at(-1)) {
    shared.unshift(left.pop() as string)
    right.pop()
  }
  return [left.join(' '), 'vs', right.join(' '), ...shared].join(' ')
}

/**
 * The word around `index`: back to the space before it, on to the space after it. At a space, the
 * words on both sides, so a missing or extra space shows ("Mr. Ratcliffe" / "Mr.Ratcliffe").
 */
function wordAt(value: string, index: number): string {
  let start = index
  while (start > 0 && value[start - 1] !== ' ') start--
  let end = value[index] === ' ' ? index + 1 : index
  while (end < value.length && value[end] !== ' ') end++
  return value.slice(start, end)
}

const stripAccents = (value: string): string => value.normalize('NFD').replace(/\p{M}/gu, '')

/** What makes two fragments that look alike differ: case, accents, encoding or a space. */
function noteFor(text: string, quote: string): string | undefined {
  if (text.normalize('NFC') === quote.normalize('NFC')) {
    return 'the same letters in another Unicode encoding (composed vs decomposed accents)'
  }
  if (text.toLowerCase() === quote.toLowerCase()) return 'capitals differ'
  if (stripAccents(text) === stripAccents(quote)) return 'accents differ'
  if (stripAccents(text).toLowerCase() === stripAccents(quote).toLowerCase())
    return 'capitals and accents differ'
  if (text.replaceAll(' ', '') === quote.replaceAll(' ', '')) return 'spacing differs'
  return undefined
}
