/**
 * Short, safe descriptions of arbitrary values for error messages: a reader sees what was found
 * (`not "persn"`, `not an array`) without a megabyte of quoted text or a crash on a hostile value.
 */

/** Quoted text longer than this is cut, so one bad 2,000-character quote does not flood the report. */
const QUOTE_LENGTH = 40

/** `text` in double quotes, JSON-escaped, cut to about 40 characters with an ellipsis. */
export function quote(text: string, max = QUOTE_LENGTH): string {
  if (text.length <= max) return JSON.stringify(text)
  let cut = text.slice(0, max)
  // Never leave half of a surrogate pair: JSON.stringify would print it as an escape.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1)
  return JSON.stringify(`${cut}…`)
}

/** `1000000` → `1,000,000`: counts in messages are read, not parsed. */
export const formatCount = (count: number): string => counts.format(count)

// One formatter for all: `toLocaleString` builds a new one on every call, which shows in a render's profile.
const counts = new Intl.NumberFormat('en')

/**
 * What a value is, for "…, not X" messages. Symbols describe themselves: the validator replaces every
 * value it cannot or must not copy (a Map, an unreadable getter, a symbol) with a symbol whose
 * description says what was there.
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value === '' ? 'an empty string' : quote(value)
    case 'number':
    case 'boolean':
      return String(value)
    case 'bigint':
      return `the BigInt ${value}n`
    case 'symbol':
      return value.description ?? 'a symbol'
    case 'function':
      return 'a function'
    case 'undefined':
      return 'undefined'
    default:
      if (value === null) return 'null'
      return Array.isArray(value) ? 'an array' : 'an object'
  }
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
