import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { findJsonSyntaxError } from '../src/json-syntax.ts'

/** Whether the engine accepts `text`: the scanner must agree exactly. */
function engineAccepts(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/** JSON text with one character inserted, deleted or replaced: mostly broken, sometimes not. */
const nearlyJson = fc
  .tuple(
    fc.jsonValue(),
    fc.nat(),
    fc.constantFrom('insert', 'delete', 'replace'),
    fc.string({ maxLength: 1, unit: 'binary' }),
  )
  .map(([value, at, edit, char]) => {
    const text = JSON.stringify(value, null, at % 2 === 0 ? 2 : undefined) ?? ''
    const index = text.length === 0 ? 0 : at % text.length
    if (edit === 'insert') return text.slice(0, index) + char + text.slice(index)
    if (edit === 'delete') return text.slice(0, index) + text.slice(index + 1)
    return text.slice(0, index) + char + text.slice(index + 1)
  })

describe('findJsonSyntaxError(text)', () => {
  test('agrees with JSON.parse on nearly-JSON text', () => {
    fc.assert(
      fc.property(nearlyJson, (text) => {
        expect(findJsonSyntaxError(text) === undefined).toBe(engineAccepts(text))
      }),
      { numRuns: 1000 },
    )
  })

  test('agrees with JSON.parse on short strings of JSON-ish characters', () => {
    const chars = fc.constantFrom(...'{}[]:,"\\ \n\t-+.0123456789eEtrufalsn/\'u'.split(''))
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 12 }), (text) => {
        expect(findJsonSyntaxError(text) === undefined).toBe(engineAccepts(text))
      }),
      { numRuns: 1000 },
    )
  })

  test('points inside the text or at its end', () => {
    fc.assert(
      fc.property(nearlyJson, (text) => {
        const problem = findJsonSyntaxError(text)
        if (problem) expect(problem.offset).toBeLessThanOrEqual(text.length)
      }),
      { numRuns: 300 },
    )
  })
})
