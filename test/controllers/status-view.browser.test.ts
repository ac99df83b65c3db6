/**
 * The status that stands in the graphic's place: the loading notice, and every problem located (up to
 * twenty, then how many more). The element shows the notice only while no network is drawn.
 */
import { render } from 'lit'
import { afterEach, expect, test } from 'vitest'
import { loadingNotice, renderErrors } from '../../components/status-view.ts'
import type { DatasetError } from '../../src/validate.ts'

const box = document.createElement('div')
afterEach(() => box.remove())

function shown(status: unknown) {
  document.body.append(box)
  render(status, box)
  return box.querySelector('.status')
}

const errors = (n: number): DatasetError[] =>
  Array.from({ length: n }, (_, i) => ({ pointer: `/actors/${i}/name`, message: `problem ${i}` }))

test('loading says so, politely', () => {
  const status = shown(loadingNotice)
  expect(status?.getAttribute('role')).toBe('status')
  expect(status?.textContent).toBe('Loading network…')
})

test('an error is an alert naming each problem where it is', () => {
  const status = shown(renderErrors(errors(2)))
  expect(status?.getAttribute('role')).toBe('alert')
  expect(status?.querySelector('h2')?.textContent).toBe('This network could not be shown')
  const items = [...(status?.querySelectorAll('li') ?? [])].map((li) => li.textContent)
  expect(items).toHaveLength(2)
  expect(items[0]).toContain('/actors/0/name')
  expect(items[0]).toContain('problem 0')
})

test('past twenty problems, the rest are counted', () => {
  const status = shown(renderErrors(errors(25)))
  expect(status?.querySelectorAll('li')).toHaveLength(20)
  expect(status?.querySelector('p')?.textContent).toBe('…and 5 more.')
  expect(shown(renderErrors(errors(20)))?.querySelector('p')).toBeNull()
})
