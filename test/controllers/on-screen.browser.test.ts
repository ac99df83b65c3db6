/**
 * OnScreenController on its own, with the browser's own IntersectionObserver: it tells when the host
 * comes near the viewport and goes away from it, counts as away until the first answer, and stops
 * watching a removed host.
 */
import { expect, test, vi } from 'vitest'
import { OnScreenController } from '../../components/on-screen.ts'
import { until } from '../async-helpers.ts'
import { frames } from '../element-helpers.ts'
import { connect, createHost } from './host.ts'

function setup() {
  const host = createHost()
  host.style.cssText = 'display: block; position: absolute; top: 0; left: 0; width: 200px; height: 100px'
  const changes = { enter: vi.fn(), leave: vi.fn() }
  const onScreen = new OnScreenController(host, changes)
  return { host, changes, onScreen }
}

test('away until the first answer, then near: enter()', async () => {
  const { host, changes, onScreen } = setup()
  expect(onScreen.inView).toBe(false)
  await connect(host)
  await until(() => changes.enter.mock.calls.length > 0, 'enter()')
  expect(onScreen.inView).toBe(true)
  expect(changes.leave).not.toHaveBeenCalled()
})

test('moved far below the viewport: leave(); back: enter() again', async () => {
  const { host, changes, onScreen } = setup()
  await connect(host)
  await until(() => changes.enter.mock.calls.length === 1, 'enter()')
  host.style.top = '5000px'
  await until(() => changes.leave.mock.calls.length === 1, 'leave()')
  expect(onScreen.inView).toBe(false)
  host.style.top = '0'
  await until(() => changes.enter.mock.calls.length === 2, 'enter() again')
  expect(onScreen.inView).toBe(true)
})

test('a removed host is no longer watched; re-added, it is again', async () => {
  const { host, changes } = setup()
  await connect(host)
  await until(() => changes.enter.mock.calls.length === 1, 'enter()')
  host.remove()
  await frames(3)
  expect(changes.leave).not.toHaveBeenCalled()
  await connect(host)
  await until(() => changes.enter.mock.calls.length === 2, 'enter() on re-adding')
})
