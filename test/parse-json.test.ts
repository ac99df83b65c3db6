import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { lineAndColumn, parseJsonText } from '../src/parse-json.ts'
import { formatError } from '../src/validate.ts'

/** The one error for `text`, as the command line prints it. */
function syntaxError(text: string): string {
  const result = parseJsonText(text)
  if (result.ok) throw new Error('expected a syntax error')
  expect(result.errors).toHaveLength(1)
  return result.errors.map(formatError).join('\n')
}

describe('parseJsonText(text) parses', () => {
  test('any JSON value, not only objects (the dataset check comes after)', () => {
    expect(parseJsonText('{"title": "T"}')).toEqual({ ok: true, value: { title: 'T' } })
    expect(parseJsonText(' [1, 2] \n')).toEqual({ ok: true, value: [1, 2] })
  })

  test('text that starts with a byte order mark', () => {
    expect(parseJsonText('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } })
  })

  test('whatever JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseJsonText(JSON.stringify(value, null, 2))
        expect(result).toEqual({ ok: true, value: JSON.parse(JSON.stringify(value)) })
      }),
      { numRuns: 300 },
    )
  })
})

describe('parseJsonText(text) locates syntax errors by line and column', () => {
  test.each([
    ['', 'line 1, column 1: empty file, expected a JSON object'],
    [' \n\t\n', 'line 1, column 1: empty file, expected a JSON object'],
    ['{\n  "title": "T",\n}', "line 2, column 15: trailing comma before '}'"],
    [
      '{\n  "a": 1\n  "b": 2\n}',
      "line 3, column 3: unexpected '\"', expected ',' or '}' after a property value",
    ],
    ['{"a": }', "line 1, column 7: unexpected '}', expected a value"],
    ['[1, 2', "line 1, column 6: unexpected end of file, expected ',' or ']'"],
    ['{"a": "line\nbreak"}', 'line 1, column 12: line break inside a string; write it as \\n'],
    ['{"a": "open', 'line 1, column 7: unterminated string: the closing quote is missing'],
    ['{"a": "\\x"}', "line 1, column 8: invalid escape '\\x' in a string"],
    ["{'a': 1}", 'line 1, column 2: property names must be in double quotes, not single quotes'],
    ['{title: 1}', 'line 1, column 2: property names must be in double quotes'],
    ['{"a": \'b\'}', 'line 1, column 7: strings must be in double quotes, not single quotes'],
    ['{"a": tru}', "line 1, column 7: unexpected word 'tru'; text must be in double quotes"],
    ['{"a": 01}', "line 1, column 7: invalid number '01'"],
    ['{"a": 1} // note', 'line 1, column 10: comments are not allowed in JSON'],
    ['{"a": 1}}', "line 1, column 9: unexpected '}' after the end of the JSON data"],
    ['{"a" 1}', "line 1, column 6: unexpected '1', expected ':' after the property name"],
  ])('%j', (text, expected) => {
    expect(syntaxError(text)).toBe(expected)
  })

  test('counts columns in characters, so an emoji is one', () => {
    expect(syntaxError('{"name": "🙂", }')).toBe("line 1, column 13: trailing comma before '}'")
  })

  test('counts CRLF line ends once', () => {
    expect(syntaxError('{\r\n"a": 1,\r\n}')).toBe("line 2, column 7: trailing comma before '}'")
  })

  test('does not overflow on very deep nesting', () => {
    expect(syntaxError('['.repeat(200_000))).toBe(
      'line 1, column 200001: unexpected end of file, expected a value',
    )
  })

  test('never throws, and locates every error inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const result = parseJsonText(text)
        if (result.ok) return
        const [error] = result.errors
        expect(error?.line).toBeGreaterThanOrEqual(1)
        expect(error?.column).toBeGreaterThanOrEqual(1)
      }),
      { numRuns: 300 },
    )
  })
})

describe('lineAndColumn(text, offset)', () => {
  test('is 1-based and restarts columns after each line feed', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 })
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 })
    expect(lineAndColumn('ab\n', 3)).toEqual({ line: 2, column: 1 })
  })
})
