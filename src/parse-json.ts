/**
 * JSON text to a value, or one error located by line and column. Shared by the widget (fetched text,
 * inline `<script type="application/json">`) and the command-line check.
 */
import { errorText } from './describe-value.ts'
import { findJsonSyntaxError, type JsonSyntaxProblem } from './json-syntax.ts'
import type { DatasetError } from './validate.ts'

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; errors: DatasetError[] }

/** JSON's own whitespace: anything else (a no-break space, say) is a syntax error, not emptiness. */
const BLANK = /^[ \t\n\r]*$/

/**
 * Parses `text` as JSON. A leading byte order mark is ignored, as editors hide it. On failure the one
 * error has `line` and `column` (1-based, counting characters as an editor does) and pointer `''`.
 */
export function parseJsonText(text: string): JsonTextResult {
  const json = text.replace(/^\uFEFF/, '')
  if (BLANK.test(json)) return failAt(json, { offset: 0, message: 'empty file, expected a JSON object' })
  try {
    return { ok: true, value: JSON.parse(json) }
  } catch (error) {
    // The scanner agrees with JSON.parse on syntax; the one failure it cannot see is the engine's own
    // limit, such as nesting too deep for it.
    return failAt(
      json,
      findJsonSyntaxError(json) ?? { offset: 0, message: `the JSON could not be read: ${errorText(error)}` },
    )
  }
}

/** 1-based line and column of a UTF-16 `offset`; columns count code points, so an emoji is one column. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split('\n')
  let column = 1
  for (const _ of lines.at(-1) ?? '') column++
  return { line: lines.length, column }
}

function failAt(text: string, { offset, message }: JsonSyntaxProblem): JsonTextResult {
  return { ok: false, errors: [{ pointer: '', message, ...lineAndColumn(text, offset) }] }
}
