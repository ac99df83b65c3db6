/**
 * UrlSync on its own: the widget's key in the hash, reading the hash once and on every `hashchange`,
 * writing it back throttled without adding history entries, and letting go of the page when removed.
 */
import { afterEach, describe, expect, test, vi } from 'vitest'
import { UrlSync } from '../../components/url-sync.ts'
import type { ViewState } from '../../src/url-state.ts'
import { connect, createHost, drawnData, fakeParts, type TestHost } from './host.ts'

afterEach(() => {
  if (location.hash) history.replaceState(history.state, '', location.pathname + location.search)
})

async function setup(configure: (host: TestHost) => void = () => {}) {
  const host = createHost()
  configure(host)
  const view = {
    shareable: undefined as ViewState['view'],
    showShared: vi.fn(),
  }
  const url = new UrlSync(host, fakeParts({ data: drawnData(), view }))
  await connect(host)
  return { host, url, view }
}

/** Sets the hash the way a reader's link or the back button does, and waits for its `hashchange`. */
function navigate(hash: string) {
  const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }))
  location.hash = hash
  return changed
}

describe('the key', () => {
  const cases: [string, (host: TestHost) => void, string][] = [
    ['sync-url="net"', (h) => h.setAttribute('sync-url', 'net'), 'net'],
    ['sync-url and an id', (h) => Object.assign(h, { id: 'harbour', syncUrl: '' }), 'harbour'],
    ['sync-url alone', (h) => h.setAttribute('sync-url', ''), 'network'],
  ]
  for (const [name, configure, key] of cases)
    test(`with ${name} is "${key}"`, async () => {
      vi.useFakeTimers()
      const { host, url } = await setup(configure)
      host.selected = 'costa'
      url.write()
      vi.runAllTimers()
      expect(location.hash).toBe(`#${key}.selected=costa`)
    })

  test('without sync-url there is none: nothing is written or read', async () => {
    vi.useFakeTimers()
    history.replaceState(history.state, '', '#network.selected=costa')
    const { host, url } = await setup()
    url.read()
    expect(host.selected).toBeUndefined()
    host.selected = 'dockworkers'
    url.write()
    vi.runAllTimers()
    expect(location.hash).toBe('#network.selected=costa')
  })
})

describe('writing', () => {
  test('is throttled: a burst of changes makes one write, replacing the history entry', async () => {
    vi.useFakeTimers()
    const { host, url, view } = await setup((h) => h.setAttribute('sync-url', 'net'))
    const length = history.length
    const replace = vi.spyOn(history, 'replaceState')
    host.selected = 'costa'
    // A zoom gesture: a change every 100 ms, for longer than a write waits.
    for (const k of [1.2, 1.5, 2]) {
      view.shareable = { k, cx: 10, cy: -20 }
      url.write()
      vi.advanceTimersByTime(100)
    }
    expect(replace).not.toHaveBeenCalled()
    vi.advanceTimersByTime(150)
    expect(replace).toHaveBeenCalledOnce()
    expect(location.hash).toBe('#net.selected=costa&net.view=2,10,-20')
    expect(history.length).toBe(length)
  })

  test('keeps the rest of the hash, and the relations and step', async () => {
    vi.useFakeTimers()
    history.replaceState(history.state, '', '#intro')
    const { host, url } = await setup((h) => h.setAttribute('sync-url', 'net'))
    host.relations = 'cooperation opposition'
    host.step = 1
    url.write()
    vi.runAllTimers()
    expect(location.hash).toBe('#intro&net.relations=cooperation+opposition&net.step=1')
  })

  test('a removed host drops its pending write', async () => {
    vi.useFakeTimers()
    const { host, url } = await setup((h) => h.setAttribute('sync-url', 'net'))
    host.selected = 'costa'
    url.write()
    host.remove()
    vi.runAllTimers()
    expect(location.hash).toBe('')
  })
})

describe('reading', () => {
  test('applies the view in the hash: relations, selection, step and zoom', async () => {
    history.replaceState(
      history.state,
      '',
      '#net.relations=cooperation&net.selected=costa&net.step=1&net.view=2,5,6',
    )
    const { host, url, view } = await setup((h) => h.setAttribute('sync-url', 'net'))
    url.read()
    expect([host.relations, host.selected, host.step]).toEqual(['cooperation', 'costa', 1])
    expect(view.showShared).toHaveBeenCalledWith({ k: 2, cx: 5, cy: 6 })
  })

  test('ignores an actor that is not in the network and a step past the last', async () => {
    history.replaceState(history.state, '', '#net.selected=nobody&net.step=9')
    const { host, url } = await setup((h) => h.setAttribute('sync-url', 'net'))
    url.read()
    expect(host.selected).toBeUndefined()
    expect(host.step).toBe(0)
  })

  test('follows the hash as it changes, until the host is removed', async () => {
    const { host, url } = await setup((h) => h.setAttribute('sync-url', 'net'))
    url.read()
    await navigate('#net.selected=dockworkers')
    expect(host.selected).toBe('dockworkers')
    host.remove()
    await navigate('#net.selected=costa')
    expect(host.selected).toBe('dockworkers')
  })

  test('a host re-added reads the hash changed while it was away', async () => {
    const { host, url } = await setup((h) => h.setAttribute('sync-url', 'net'))
    url.read()
    host.remove()
    await navigate('#net.selected=port-authority')
    await connect(host)
    expect(host.selected).toBe('port-authority')
  })
})
