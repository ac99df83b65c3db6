import { expect, test } from 'vitest'
import { cleanText, safeHttpUrl, shortLabel } from '../src/text.ts'

test('cleanText(value) strips control characters and folds whitespace', () => {
  expect(cleanText('Delcy\u0000 Rodríguez\u0007\n\t')).toBe('Delcy Rodríguez')
})

test('shortLabel(value) keeps short names and cuts long ones at a word with an ellipsis', () => {
  expect(shortLabel('C.I.A.')).toBe('C.I.A.')
  const long = shortLabel('The Secretary of State of the United States of America')
  expect(long.length).toBeLessThanOrEqual(26)
  expect(long).toBe('The Secretary of State…')
})

test('safeHttpUrl(value) only lets http and https through', () => {
  expect(safeHttpUrl('https://example.org/a')).toBe('https://example.org/a')
  expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined()
  expect(safeHttpUrl('data:text/html,x')).toBeUndefined()
  expect(safeHttpUrl('not a url')).toBeUndefined()
})
