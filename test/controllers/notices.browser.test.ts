/**
 * Notices on their own: the live region says each announcement, a repeated one too; the hint over the
 * graph shows for a moment; a removed host leaves no timer behind.
 */
import { html } from 'lit'
import { expect, test, vi } from 'vitest'
import { Notices } from '../../components/notices.ts'
import { connect, createHost } from './host.ts'

async function setup() {
  const host = createHost()
  const notices = new Notices(host)
  host.content = () => html`${notices.renderHint()}${notices.renderLiveRegion()}`
  await connect(host)
  const live = () => host.shadowRoot?.querySelector('[role="status"]')?.textContent ?? ''
  const hint = () => host.shadowRoot?.querySelector('.hint') as HTMLElement
  return { host, notices, live, hint }
}

test('an announcement goes into the polite live region', async () => {
  const { host, notices, live } = await setup()
  notices.announce('Selected Ana Costa.')
  await host.updateComplete
  expect(live()).toBe('Selected Ana Costa.')
})

test('the same announcement twice changes the region, so it is said again', async () => {
  const { host, notices, live } = await setup()
  notices.announce('Table view.')
  await host.updateComplete
  const first = live()
  notices.announce('Table view.')
  await host.updateComplete
  expect(live()).not.toBe(first)
  expect(live().trim()).toBe('Table view.')
  expect(live()).toBe('Table view.\u00a0')
})

test('the hint shows for its duration, then goes', async () => {
  const { notices, hint } = await setup()
  vi.useFakeTimers()
  expect(hint().textContent).toMatch(/(Ctrl|⌘) \+ scroll to zoom/)
  notices.showHint()
  expect(hint().classList.contains('is-shown')).toBe(true)
  vi.advanceTimersByTime(1399)
  expect(hint().classList.contains('is-shown')).toBe(true)
  vi.advanceTimersByTime(1)
  expect(hint().classList.contains('is-shown')).toBe(false)
})

test('a hint shown again stays its full duration from then', async () => {
  const { notices, hint } = await setup()
  vi.useFakeTimers()
  notices.showHint()
  vi.advanceTimersByTime(1000)
  notices.showHint()
  vi.advanceTimersByTime(1000)
  expect(hint().classList.contains('is-shown')).toBe(true)
})

test('a notice of its own replaces the hint’s text', async () => {
  const { host, notices, hint } = await setup()
  notices.showHint('The PNG could not be made on this page. SVG works.', 5000)
  await host.updateComplete
  expect(hint().textContent).toBe('The PNG could not be made on this page. SVG works.')
})

test('a removed host leaves no hint timer running', async () => {
  const { host, notices } = await setup()
  vi.useFakeTimers()
  notices.showHint()
  expect(vi.getTimerCount()).toBe(1)
  host.remove()
  expect(vi.getTimerCount()).toBe(0)
})
