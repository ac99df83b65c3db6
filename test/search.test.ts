import { expect, test } from 'vitest'
import article from '../data/ratcliffe-rodriguez-caracas.json'
import type { Dataset } from '../src/dataset.ts'
import { fold, searchActors } from '../src/search.ts'

const { actors } = article as unknown as Dataset
const ids = (query: string) => searchActors(actors, query).map((a) => a.id)

test('fold(text) drops case and accents', () => {
  expect(fold('Delcy Rodríguez')).toBe('delcy rodriguez')
})

test('searchActors(actors, query) matches names without accents, best matches first', () => {
  expect(ids('rodri')[0]).toBe('rodriguez')
  expect(ids('GONZ')).toEqual(['gonzalez'])
  expect(ids('venezuelan')).toEqual([
    'venezuelan-government',
    'venezuelan-security-forces',
    'venezuelan-opposition',
  ])
})

test('searchActors also matches roles, after names', () => {
  expect(ids('special envoy')).toEqual(['grenell'])
  expect(ids('director')).toContain('ratcliffe')
})

test('an empty query matches nothing', () => {
  expect(ids('  ')).toEqual([])
})
