/** Display helpers for untrusted strings; they only shorten and clean, markup stays text (Lit escapes it). */

// C0 and C1 control characters, except tab and newline which we fold into spaces below.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g

/** Removes control characters and folds runs of whitespace into one space. */
export const cleanText = (value: string): string => value.replace(CONTROL, '').replace(/\s+/g, ' ').trim()

/** A label short enough for the graphic: at most `max` characters, cut at a word where possible. */
export function shortLabel(value: string, max = 26): string {
  const text = cleanText(value)
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/** The URL if it is http: or https:, else undefined: only those become links. */
export function safeHttpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}
