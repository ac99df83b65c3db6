/**
 * Finds where JSON text goes wrong, and says why in words an editor understands.
 *
 * `JSON.parse` is still what parses; this scanner only runs after it has failed, because engines
 * disagree on error messages and V8 often gives no position at all (`Unexpected token '}', "…" is
 * not valid JSON`). It is iterative, so a file nested a million levels deep cannot overflow the stack.
 */

export interface JsonSyntaxProblem {
  /** Offset in UTF-16 code units of the character where the text stops being JSON. */
  readonly offset: number
  readonly message: string
}

type Expecting = 'value' | 'key' | 'after-value'

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const NUMBER_LIKE = /[-+\d.eE]+/y
const WORD = /[A-Za-z_$][\w$]*/y
const WHITESPACE = /[ \t\n\r]*/y
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])

/** The first syntax error in `text`, or `undefined` when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  const closers: string[] = []
  let expecting: Expecting = 'value'
  let at = 0
  const fail = (offset: number, message: string) => ({ offset, message })

  for (;;) {
    at = skipWhitespace(text, at)
    const char = text[at]
    const closer = closers.at(-1)

    if (expecting === 'after-value') {
      if (closer === undefined) {
        return char === undefined
          ? undefined
          : fail(at, unexpected(text, at, 'after the end of the JSON data'))
      }
      const expected = `expected ',' or '${closer}'`
      if (char === undefined) return fail(at, `unexpected end of file, ${expected}`)
      if (char === closer) {
        closers.pop()
        at++
      } else if (char === ',') {
        if (text[skipWhitespace(text, at + 1)] === closer)
          return fail(at, `trailing comma before '${closer}'`)
        at++
        expecting = closer === '}' ? 'key' : 'value'
      } else {
        const after = closer === '}' ? 'a property value' : 'an array item'
        return fail(at, unexpected(text, at, `${expected} after ${after}`))
      }
      continue
    }

    if (char === undefined)
      return fail(
        at,
        `unexpected end of file, expected ${expecting === 'key' ? 'a property name' : 'a value'}`,
      )

    if (expecting === 'key') {
      if (char !== '"') return fail(at, keyProblem(text, at))
      const end = scanString(text, at)
      if (typeof end !== 'number') return end
      at = skipWhitespace(text, end)
      const colon = text[at]
      if (colon === undefined) return fail(at, "unexpected end of file, expected ':'")
      if (colon !== ':') return fail(at, unexpected(text, at, "expected ':' after the property name"))
      at++
      expecting = 'value'
      continue
    }

    // expecting a value
    if (char === '{' || char === '[') {
      const close = char === '{' ? '}' : ']'
      const inside = skipWhitespace(text, at + 1)
      if (text[inside] === close) {
        at = inside + 1
        expecting = 'after-value'
      } else {
        closers.push(close)
        at++
        expecting = char === '{' ? 'key' : 'value'
      }
      continue
    }
    const end = char === '"' ? scanString(text, at) : scanScalar(text, at)
    if (typeof end !== 'number') return end
    at = end
    expecting = 'after-value'
  }
}

/** Offset of the first character at or after `from` that is not JSON whitespace. */
function skipWhitespace(text: string, from: number): number {
  WHITESPACE.lastIndex = from
  WHITESPACE.test(text)
  return WHITESPACE.lastIndex
}

/** Offset just past the string starting at `start`, or what is wrong inside it. */
function scanString(text: string, start: number): number | JsonSyntaxProblem {
  for (let at = start + 1; at < text.length; at++) {
    const char = text[at] ?? ''
    if (char === '"') return at + 1
    if (char === '\\') {
      const escaped = text[at + 1]
      if (escaped === 'u' && /^[\dA-Fa-f]{4}$/.test(text.slice(at + 2, at + 6))) at += 5
      else if (escaped !== undefined && ESCAPES.has(escaped)) at++
      else return { offset: at, message: `invalid escape ${show(`\\${escaped ?? ''}`)} in a string` }
    } else if (char < ' ') {
      const message =
        char === '\n' || char === '\r'
          ? 'line break inside a string; write it as \\n'
          : `control character U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} inside a string`
      return { offset: at, message }
    }
  }
  return { offset: start, message: 'unterminated string: the closing quote is missing' }
}

/** Offset just past the number or literal starting at `start`, or why there is none. */
function scanScalar(text: string, start: number): number | JsonSyntaxProblem {
  const char = text[start] ?? ''
  NUMBER_LIKE.lastIndex = start
  if (/[-\d.]/.test(char) && NUMBER_LIKE.test(text)) {
    const token = text.slice(start, NUMBER_LIKE.lastIndex)
    NUMBER.lastIndex = start
    if (NUMBER.test(text) && NUMBER.lastIndex === NUMBER_LIKE.lastIndex) return NUMBER.lastIndex
    return { offset: start, message: `invalid number ${show(token)}` }
  }
  WORD.lastIndex = start
  if (WORD.test(text)) {
    const word = text.slice(start, WORD.lastIndex)
    if (word === 'true' || word === 'false' || word === 'null') return WORD.lastIndex
    return { offset: start, message: `unexpected word ${show(word)}; text must be in double quotes` }
  }
  return { offset: start, message: unexpected(text, start, 'expected a value') }
}

function keyProblem(text: string, at: number): string {
  const char = text[at] ?? ''
  if (char === "'") return 'property names must be in double quotes, not single quotes'
  if (/[A-Za-z_$]/.test(char)) return 'property names must be in double quotes'
  return unexpected(text, at, 'expected a property name in double quotes')
}

/** Names the character at `at` and what was expected, recognising the usual slips: single quotes, comments. */
function unexpected(text: string, at: number, expected: string): string {
  const char = text[at] ?? ''
  if (char === "'") return 'strings must be in double quotes, not single quotes'
  if (char === '/' && (text[at + 1] === '/' || text[at + 1] === '*'))
    return 'comments are not allowed in JSON'
  return `unexpected ${show(char)}${expected.startsWith('after') ? ' ' : ', '}${expected}`
}

/** A character or short token in single quotes, escaped when invisible. */
function show(token: string): string {
  const visible = token.length > 20 ? `${token.slice(0, 20)}…` : token
  return /^[\x21-\x7e\u00a0-\uffff]+$/.test(visible) ? `'${visible}'` : JSON.stringify(visible)
}
