/**
 * Short, safe descriptions of arbitrary values for error messages: a reader sees what was found
 * (`not "persn"`, `not an array`) without a megabyte of quoted text or a crash on a hostile value.
 */

/** Quoted text longer than this is cut, so one bad 2,000-character quote does not flood the report. */
const QUOTE_LENGTH = 40

/** `text` in double quotes, JSON-escaped, cut to about 40 characters with an ellipsis. */
export function quote(text: string): string {
  let cut = text.slice(0, QUOTE_LENGTH)
  // Never leave half of a surrogate pair: JSON.stringify would print it as an escape.
  if (cut.length < text.length) cut = `${cut.replace(/[\uD800-\uDBFF]$/, '')}…`
  return JSON.stringify(cut)
}

/** `1000000` → `1,000,000`: whole counts in messages are read, not parsed. */
// By hand, not with `Intl.NumberFormat`: the page's first formatter loads the locale's data, about 50 ms of
// the host page's main thread, which was most of the bundle's start-up.
export const formatCount = (count: number): string => String(count).replace(/\B(?=(\d{3})+$)/g, ',')

/**
 * What a value is, for "…, not X" messages. The validator words them on its copy of the input, which
 * holds primitives, the arrays and objects the schema wants at each place, and symbols: every other
 * value (an array or object where a string belongs, a Map, a function, an unreadable getter, a symbol)
 * is replaced with a symbol whose description says what was there.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value === '' ? 'an empty string' : quote(value)
  if (typeof value === 'bigint') return `the BigInt ${value}n`
  if (typeof value === 'symbol') return value.description ?? 'a symbol'
  // Numbers, booleans, null and undefined read as they are written.
  return String(value)
}

/** An error's message, or any thrown value, as short text; reading `message` may throw too. */
export function errorText(error: unknown): string {
  try {
    const text = error instanceof Error ? error.message : String(error)
    return text.length > 200 ? `${text.slice(0, 200)}…` : text
  } catch {
    return 'unknown error'
  }
}
