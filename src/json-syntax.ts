/**
 * Finds where JSON text goes wrong, and says why in words an editor understands.
 *
 * `JSON.parse` is still what parses; this scanner only runs after it has failed, because engines
 * disagree on error messages and V8 often gives no position at all (`Unexpected token '}', "…" is
 * not valid JSON`). It reads token by token in a loop, so a file nested a million levels deep cannot
 * overflow the stack.
 */

export interface JsonSyntaxProblem {
  /** Offset in UTF-16 code units of the character where the text stops being JSON. */
  readonly offset: number
  readonly message: string
}

/** What the scanner expects next; the states are named inside `findJsonSyntaxError`. */
type Expecting = 0 | 1 | 2 | 3 | 4

/**
 * After JSON whitespace, the next token (group 1): a run that could be meant as a number (group 2)
 * or a word (group 3), a comment's start, or any one character; empty at the end of the text.
 * Taking whole runs lets a message quote `01` or `tru`.
 */
const TOKEN = /[ \t\n\r]*(([-\d.][-+\d.eE]*)|([A-Za-z_$][\w$]*)|\/[/*]|.?)/sy
/** Inside a string: a run of plain characters, or one valid escape. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON strings may not hold raw control characters
const STRING_PIECE = /[^"\\\0-\x1f]+|\\(?:["\\/bfnrt]|u[\dA-Fa-f]{4})/y

/** The first syntax error in `text`, or `undefined` when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  // What may come next: numbers, named here, where the minifier inlines them (it keeps module-level
  // constants as variables). The states where an object's or array's closer is welcome come first, so
  // `expecting < COLON` says that.
  const VALUE = 0
  const KEY = 1
  /** A comma or the closer after a value in an object or array; after the whole value, the end. */
  const AFTER_VALUE = 2
  const COLON = 3
  /** The value after a property's colon, where the object's closer would mean a missing value. */
  const PROPERTY_VALUE = 4

  const closers: string[] = []
  let expecting: Expecting = VALUE
  let at = 0
  let start = 0
  const fail = (message: string, offset = start) => ({ offset, message })

  for (;;) {
    const [, token = '', number, word] = tokenAt(text, at)
    const closer = closers.at(-1)
    at = TOKEN.lastIndex
    start = at - token.length

    if (token === closer && expecting < COLON) {
      // It closes its object or array after a value, or straight after the opener when it is empty.
      // (Straight after a comma it never gets here: the comma is reported as a trailing comma.)
      closers.pop()
      expecting = AFTER_VALUE
      continue
    }
    // What to name as expected when the token does not fit.
    let wanted = 'a value'
    let detail = ''
    if (expecting === AFTER_VALUE) {
      if (!closer) return token ? fail(unexpected(token, ' after the end of the JSON data')) : undefined
      if (token === ',') {
        if (tokenAt(text, at)[1] === closer) return fail(`trailing comma before '${closer}'`)
        expecting = closer === '}' ? KEY : VALUE
        continue
      }
      wanted = `',' or '${closer}'`
      detail = ` after ${closer === '}' ? 'a property value' : 'an array item'}`
    } else if (expecting === COLON) {
      if (token === ':') {
        expecting = PROPERTY_VALUE
        continue
      }
      wanted = "':'"
      detail = ' after the property name'
    } else if (token === '"') {
      // A property name or a value, whichever is expected, may be a string. It is read piece by piece,
      // as one regular expression over a long string can overflow the engine's backtracking stack.
      for (STRING_PIECE.lastIndex = at; STRING_PIECE.test(text); ) at = STRING_PIECE.lastIndex
      const end = text[at]
      if (end === undefined) return fail('unterminated string: the closing quote is missing')
      if (end !== '"') return fail(stringProblem(end, text[at + 1] ?? ''), at)
      at++
      expecting = expecting === KEY ? COLON : AFTER_VALUE
      continue
    } else if (expecting === KEY) {
      if (token === "'") return fail('property names must be in double quotes, not single quotes')
      if (word) return fail('property names must be in double quotes')
      wanted = 'a property name'
      detail = ' in double quotes'
    } else if (token === '{' || token === '[') {
      closers.push(token === '{' ? '}' : ']')
      expecting = token === '{' ? KEY : VALUE
      continue
    } else if (number || word) {
      if (!parses(token))
        return fail(
          number
            ? `invalid number ${show(token)}`
            : `unexpected word ${show(token)}; text must be in double quotes`,
        )
      expecting = AFTER_VALUE
      continue
    }
    return fail(
      token
        ? unexpected(token, `, expected ${wanted}${detail}`)
        : `unexpected end of file, expected ${wanted}`,
    )
  }
}

/** The token at or after `from`, with its groups, leaving `TOKEN.lastIndex` just past it. */
function tokenAt(text: string, from: number): (string | undefined)[] {
  TOKEN.lastIndex = from
  return TOKEN.exec(text) ?? []
}

/** Whether a number-like or word token is a JSON number, `true`, `false` or `null`: `JSON.parse` knows. */
function parses(token: string): boolean {
  try {
    JSON.parse(token)
    return true
  } catch {
    return false
  }
}

/** Why a string cannot go on at `char`, followed by `next`: a bad escape or a raw control character. */
function stringProblem(char: string, next: string): string {
  if (char === '\\') return `invalid escape ${show(char + next)} in a string`
  if (char === '\n' || char === '\r') return 'line break inside a string; write it as \\n'
  // encodeURIComponent writes a control character as %XX, in upper-case hex.
  return `control character U+00${encodeURIComponent(char).slice(1)} inside a string`
}

/** Names the token that was not expected, recognising the usual slips: single quotes, comments. */
function unexpected(token: string, expected: string): string {
  if (token === "'") return 'strings must be in double quotes, not single quotes'
  if (token === '//' || token === '/*') return 'comments are not allowed in JSON'
  return `unexpected ${show(token[0] ?? '')}${expected}`
}

/** A character or short token in single quotes; JSON-escaped when not all visible (`!`–`~`, U+00A0 on). */
function show(token: string): string {
  const visible = token.length > 20 ? `${token.slice(0, 20)}…` : token
  return /[^!-~\xa0-\uffff]/.test(visible) ? JSON.stringify(visible) : `'${visible}'`
}
