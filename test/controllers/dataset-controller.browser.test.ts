/**
 * DatasetController on its own: where the dataset comes from, the status it shows (loading, ready, error),
 * the `error` event with located problems, the lazy start, and what the filter leaves visible.
 */
import { afterEach, describe, expect, test, vi } from 'vitest'
import { DatasetController } from '../../components/dataset-controller.ts'
import type { NetworkErrorEvent } from '../../components/events.ts'
import { collectUncaught, newToken, outcomeWithin, until } from '../async-helpers.ts'
import { record } from '../element-helpers.ts'
import { copyOfValidDataset, editedDataset, validDataset } from '../fixtures.ts'
import { connect, createHost, fakeParts, type TestHost } from './host.ts'

collectUncaught()

function setup(configure: (host: TestHost) => void = () => {}) {
  const host = createHost()
  configure(host)
  const onScreen = { inView: true }
  const painter = { reset: vi.fn() }
  const view = { userZoomed: true }
  const data = new DatasetController(host, fakeParts({ onScreen, painter, view }))
  host.beforeUpdate = (changed) => data.willUpdate(changed)
  return { host, data, onScreen, painter, view, errors: record<NetworkErrorEvent>(host, 'error') }
}

/** The layout runs in slices after the dataset is validated: ready once the last has run. */
const laidOut = (data: DatasetController, version = 1) =>
  until(() => data.status === 'ready' && data.version >= version, 'the layout')

afterEach(() => {
  for (const script of document.querySelectorAll('script[type="application/json"]')) script.remove()
})

describe('a dataset set by the host', () => {
  test('is validated, laid out and ready, with a new view and painter', async () => {
    const { host, data, painter, view } = setup()
    host.data = copyOfValidDataset()
    await connect(host)
    expect(data.status).toBe('loading')
    await laidOut(data)
    expect(data.status).toBe('ready')
    expect(data.ready?.graph.nodes.map((n) => n.id)).toEqual(validDataset.actors.map((a) => a.id))
    expect(data.ready?.visibility.links).toHaveLength(validDataset.relations.length)
    expect(data.fresh).toBe(true)
    expect(data.version).toBe(1)
    expect(painter.reset).toHaveBeenCalledOnce()
    expect(view.userZoomed).toBe(false)
    // Every actor has a place in the layout.
    expect(data.graph?.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true)
  })

  test('that is invalid shows located errors and fires `error`', async () => {
    const { host, data, errors } = setup()
    await connect(host)
    host.data = editedDataset((d) => {
      d.actors[0].name = 42
    }) as never
    await host.updateComplete
    expect(data.status).toBe('error')
    expect(data.ready).toBeUndefined()
    expect(data.errors.map((e) => e.pointer)).toContain('/actors/0/name')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.detail.errors).toEqual(data.errors)
  })

  // The kept places once only seeded a new layout, which settled from full heat and moved actors as far as
  // the network is wide (in this fixture about half a turn).
  test('keeps the places of actors already drawn when it replaces the dataset', async () => {
    const { host, data } = setup()
    host.data = copyOfValidDataset()
    await connect(host)
    await laidOut(data)
    const before = new Map(data.graph?.nodes.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]))
    host.data = copyOfValidDataset()
    await host.updateComplete
    await laidOut(data, 2)
    expect(data.version).toBe(2)
    const moves = (data.graph?.nodes ?? []).map((n) => {
      const old = before.get(n.id) ?? { x: Number.NaN, y: Number.NaN }
      return Math.hypot((n.x ?? 0) - old.x, (n.y ?? 0) - old.y)
    })
    // A label's height or so: the reader still finds each actor where it was.
    expect(Math.max(...moves)).toBeLessThan(20)
  })
})

describe('a dataset from `src`', () => {
  test('goes from loading to ready', async () => {
    const { host, data, errors } = setup((h) => {
      h.src = '/__test__/fixture/valid'
    })
    await connect(host)
    expect(data.status).toBe('loading')
    await until(() => data.status !== 'loading', 'the fetch')
    expect(data.status).toBe('ready')
    expect(data.dataset?.title).toBe(validDataset.title)
    // The host's `data` then holds the dataset in use.
    expect(host.data).toBe(data.dataset)
    expect(errors).toHaveLength(0)
  })

  test('that fails shows where, and fires `error`', async () => {
    const { host, data, errors } = setup((h) => {
      h.src = '/__test__/data/no-such-file.json'
    })
    await connect(host)
    await until(() => data.status !== 'loading', 'the fetch')
    expect(data.status).toBe('error')
    expect(data.errors[0]?.message).toMatch(/HTTP 404/)
    expect(errors.map((e) => e.detail.errors)).toEqual([data.errors])
  })

  test('loses to data set by the host while it loads: the fetch is dropped', async () => {
    const token = newToken()
    const { host, data } = setup((h) => {
      h.src = `/__test__/slow/400/fixture/valid?log=${token}`
    })
    await connect(host)
    await until(async () => (await outcomeWithin(token, 'open', 0)).state === 'open', 'the request')
    const own = { ...copyOfValidDataset(), title: 'The host’s own' }
    host.data = own
    await host.updateComplete
    await laidOut(data)
    expect(data.dataset?.title).toBe('The host’s own')
    expect((await outcomeWithin(token, 'aborted')).state).toBe('aborted')
    expect(data.status).toBe('ready')
    expect(data.dataset?.title).toBe('The host’s own')
  })

  test('interrupted by a removal loads again when the host comes back', async () => {
    const token = newToken()
    const { host, data } = setup((h) => {
      h.src = `/__test__/slow/200/fixture/valid?log=${token}`
    })
    await connect(host)
    host.remove()
    expect((await outcomeWithin(token, 'aborted')).state).toBe('aborted')
    expect(data.status).toBe('loading')
    await connect(host)
    await until(() => data.status === 'ready', 'the second fetch')
    expect(data.dataset?.title).toBe(validDataset.title)
  })
})

test('an inline JSON script is read on connection', async () => {
  const { host, data } = setup((h) => {
    const script = document.createElement('script')
    script.type = 'application/json'
    script.textContent = JSON.stringify(validDataset)
    h.append(script)
  })
  await connect(host)
  await laidOut(data)
  expect(data.dataset?.title).toBe(validDataset.title)
})

test('an inline script that is not JSON shows where it breaks', async () => {
  const { host, data, errors } = setup((h) => {
    const script = document.createElement('script')
    script.type = 'application/json'
    script.textContent = '{"title": "x",'
    h.append(script)
  })
  await connect(host)
  expect(data.status).toBe('error')
  expect(data.errors[0]?.line).toBe(1)
  expect(errors).toHaveLength(1)
})

describe('loading="lazy"', () => {
  test('waits, loading, until resume() comes while on screen', async () => {
    const { host, data, onScreen } = setup((h) => {
      h.loading = 'lazy'
    })
    onScreen.inView = false
    host.data = copyOfValidDataset()
    await connect(host)
    expect(data.status).toBe('loading')
    expect(data.graph).toBeUndefined()
    data.resume()
    // Still away: resume() alone does not start it.
    expect(data.graph).toBeUndefined()
    onScreen.inView = true
    data.resume()
    await laidOut(data)
    expect(data.dataset?.title).toBe(validDataset.title)
  })

  test('does not wait when already on screen', async () => {
    const { host, data } = setup((h) => {
      h.loading = 'lazy'
    })
    host.data = copyOfValidDataset()
    await connect(host)
    await laidOut(data)
  })
})

describe('the relation filter', () => {
  test('leaves visible only the chosen types, and bumps the version to draw again', async () => {
    const { host, data } = setup()
    host.data = copyOfValidDataset()
    await connect(host)
    await laidOut(data)
    const version = data.version
    host.relations = 'cooperation'
    await host.updateComplete
    expect(data.version).toBe(version + 1)
    expect(data.visibleTypes).toEqual(['cooperation'])
    expect(data.visibility?.links.map((l) => l.id)).toEqual(['council-port-lease'])
    // The filter drops relations, not the layout: the graph is the same.
    expect(data.graph?.links).toHaveLength(validDataset.relations.length)
  })
})
