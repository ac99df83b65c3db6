import { expect, test } from 'vitest'
import { History } from '../../src/editor/history.ts'

test('undo and redo walk every step back and forth; a new edit drops the redo steps', () => {
  const history = new History('a')
  history.push('ab')
  history.push('abc')
  expect(history.undo()).toBe(true)
  expect(history.present).toBe('ab')
  expect(history.undo()).toBe(true)
  expect(history.present).toBe('a')
  expect(history.undo()).toBe(false)
  expect(history.redo()).toBe(true)
  expect(history.present).toBe('ab')
  history.push('abd')
  expect(history.canRedo).toBe(false)
  expect(history.undo() && history.present).toBe('ab')
})

test('edits in one group (keystrokes in a field) are one step; another group starts a new one', () => {
  const history = new History('')
  history.push('T', 'title')
  history.push('To', 'title')
  history.push('Tow', 'title')
  history.push('Tow!', 'summary')
  history.undo()
  expect(history.present).toBe('Tow')
  history.undo()
  expect(history.present).toBe('')
  // After an undo, typing in the same field again is a new step.
  history.redo()
  history.push('Town', 'title')
  history.undo()
  expect(history.present).toBe('Tow')
})

test('the oldest steps go past the limit', () => {
  const history = new History(0, 3)
  for (let i = 1; i <= 5; i++) history.push(i)
  let steps = 0
  while (history.undo()) steps++
  expect(steps).toBe(3)
  expect(history.present).toBe(2)
})
