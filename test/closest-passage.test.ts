import { describe, expect, test } from 'vitest'
import { passageFinder } from '../src/closest-passage.ts'

const TEXT =
  'The mayor met union leaders on Monday. The strike entered its third week. The council met on Friday.'

describe('passageFinder(text)(quote, maxErrors)', () => {
  test('finds the passage nearest the quote, with its distance in edits', () => {
    const closest = passageFinder(TEXT)
    const passage = closest('The strike entered its fourth week.', 10)
    expect(passage).toEqual({ start: 39, end: 73, errors: 5 })
    expect(TEXT.slice(passage?.start, passage?.end)).toBe('The strike entered its third week.')
  })

  test('anchors on letters whatever their case, accents or look-alike punctuation', () => {
    const text = 'He said: “We will not sign — ever.” Then he left.'
    const passage = passageFinder(text)('he said: "we will not sign - ever."', 12)
    expect(text.slice(passage?.start, passage?.end)).toBe('He said: “We will not sign — ever.”')
  })

  test('nothing when the nearest passage is more edits away than allowed', () => {
    const closest = passageFinder(TEXT)
    expect(closest('The strike entered its fourth week.', 4)).toBeUndefined()
    expect(closest('Completely unrelated words here.', 10)).toBeUndefined()
  })

  test('the earliest of equally near passages', () => {
    expect(passageFinder('met on Monday; met on Sunday')('met on Fonday', 3)).toEqual({
      start: 0,
      end: 13,
      errors: 1,
    })
  })

  test('a quote that runs past either end of the text', () => {
    expect(passageFinder('union leaders on Monday')('The mayor met union leaders', 14)).toEqual({
      start: 0,
      end: 13,
      errors: 14,
    })
  })
})
