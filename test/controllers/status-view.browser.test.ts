/**
 * The status that stands in the graphic's place: the loading notice on an empty stage only, and every
 * problem located (up to twenty, then how many more).
 */
import { render } from 'lit'
import { afterEach, expect, test } from 'vitest'
import { renderStatus } from '../../components/status-view.ts'
import type { DatasetError } from '../../src/validate.ts'

const box = document.createElement('div')
afterEach(() => box.remove())

function shown(...args: Parameters<typeof renderStatus>) {
  document.body.append(box)
  render(renderStatus(...args), box)
  return box.querySelector('.status')
}

const errors = (n: number): DatasetError[] =>
  Array.from({ length: n }, (_, i) => ({ pointer: `/actors/${i}/name`, message: `problem ${i}` }))

test('loading an empty stage says so, politely', () => {
  const status = shown('loading', [], false)
  expect(status?.getAttribute('role')).toBe('status')
  expect(status?.textContent).toBe('Loading network…')
})

test('loading over a drawn network leaves it in view', () => {
  expect(shown('loading', [], true)).toBeNull()
})

test('ready and idle show nothing', () => {
  expect(shown('ready', [], true)).toBeNull()
  expect(shown('idle', [], false)).toBeNull()
})

test('an error is an alert naming each problem where it is', () => {
  const status = shown('error', errors(2), false)
  expect(status?.getAttribute('role')).toBe('alert')
  expect(status?.querySelector('h2')?.textContent).toBe('This network could not be shown')
  const items = [...(status?.querySelectorAll('li') ?? [])].map((li) => li.textContent)
  expect(items).toHaveLength(2)
  expect(items[0]).toContain('/actors/0/name')
  expect(items[0]).toContain('problem 0')
})

test('past twenty problems, the rest are counted', () => {
  const status = shown('error', errors(25), false)
  expect(status?.querySelectorAll('li')).toHaveLength(20)
  expect(status?.querySelector('p')?.textContent).toBe('…and 5 more.')
  expect(shown('error', errors(20), false)?.querySelector('p')).toBeNull()
})
