import { expect, test } from 'vitest'
import { readViewState, writeViewState } from '../src/url-state.ts'

test('writeViewState(hash, key, state) writes under its key and keeps everything else', () => {
  const hash = writeViewState('#intro&other.selected=x', 'net', {
    relations: 'cooperation opposition',
    selected: 'maduro',
    view: { k: 1.23456, cx: -20.04, cy: 35 },
  })
  expect(hash).toBe(
    '#intro&other.selected=x&net.relations=cooperation+opposition&net.selected=maduro&net.view=1.235,-20,35',
  )
  expect(readViewState(hash, 'net')).toEqual({
    relations: 'cooperation opposition',
    selected: 'maduro',
    view: { k: 1.235, cx: -20, cy: 35 },
  })
  expect(readViewState(hash, 'other')).toEqual({ selected: 'x' })
})

test('writeViewState replaces the old fields of its key, and an empty state removes them', () => {
  const first = writeViewState('', 'net', { selected: 'a' })
  expect(writeViewState(first, 'net', { selected: 'b' })).toBe('#net.selected=b')
  expect(writeViewState(first, 'net', {})).toBe('')
})

test('the story step round-trips', () => {
  expect(readViewState(writeViewState('', 'net', { step: 3 }), 'net')).toEqual({ step: 3 })
})

test('readViewState ignores malformed values', () => {
  expect(readViewState('#net.view=abc,1,2&net.selected=<script>&net.relations=%E0%A4%A', 'net')).toEqual({
    relations: '',
  })
  expect(readViewState('#net.view=0,1,2', 'net')).toEqual({})
})
