import { expect, test } from 'vitest'
import { runInSlices } from '../src/slices.ts'

/** Steps that each take `costs[i]` on a fake clock, and the clock; returns the log of what ran when. */
function costedSteps(costs: number[]) {
  let time = 0
  const log: string[] = []
  function* steps(): Generator<void, string> {
    for (const [i, cost] of costs.entries()) {
      time += cost
      log.push(`step ${i}`)
      yield
    }
    return 'done'
  }
  return { steps: steps(), now: () => time, log }
}

test('runInSlices(steps) pauses once a slice has run for its budget, and runs every step in order', async () => {
  const { steps, now, log } = costedSteps(Array(10).fill(3))
  const result = await runInSlices(steps, {
    budget: 8,
    now,
    pause: async () => {
      log.push('pause')
    },
  })
  expect(result).toBe('done')
  // 3 + 3 + 3 crosses 8: a slice stops after its third step, past the budget by less than one step.
  expect(log.join(', ')).toBe(
    'step 0, step 1, step 2, pause, step 3, step 4, step 5, pause, step 6, step 7, step 8, pause, step 9',
  )
})

test('runInSlices(steps) gives a step longer than the budget a slice of its own', async () => {
  const { steps, now, log } = costedSteps([1, 20, 1, 1, 20])
  await runInSlices(steps, { budget: 8, now, pause: async () => void log.push('pause') })
  expect(log.join(', ')).toBe('step 0, step 1, pause, step 2, step 3, step 4, pause')
})

test('runInSlices(steps) stops at the first pause after it is cancelled, and resolves to undefined', async () => {
  const { steps, now, log } = costedSteps(Array(10).fill(5))
  let cancel = false
  const result = await runInSlices(steps, {
    budget: 8,
    now,
    pause: async () => {
      log.push('pause')
      cancel = true
    },
    cancelled: () => cancel,
  })
  expect(result).toBeUndefined()
  expect(log.join(', ')).toBe('step 0, step 1, pause')
})

test('runInSlices(steps) within the budget never pauses', async () => {
  const { steps, now, log } = costedSteps([1, 1, 1])
  expect(await runInSlices(steps, { budget: 8, now, pause: async () => void log.push('pause') })).toBe('done')
  expect(log).not.toContain('pause')
})

test('runInSlices(steps, { startedAt }) counts the work done before it toward the first slice', async () => {
  const { steps, now, log } = costedSteps([3, 3])
  await runInSlices(steps, { budget: 8, now, startedAt: -10, pause: async () => void log.push('pause') })
  expect(log.join(', ')).toBe('pause, step 0, step 1')
})
