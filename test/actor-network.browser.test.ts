import { afterEach, describe, expect, test } from 'vitest'
import { commands } from 'vitest/browser'
import type { ActorNetwork } from '../components/actor-network.ts'
import articleUrl from '../data/ratcliffe-rodriguez-caracas.json?url'
import type { Relation } from '../src/dataset.ts'
import {
  articleDataset,
  centre,
  click,
  drag,
  edgeMiddle,
  edges,
  emptySpot,
  frames,
  hover,
  label,
  mount,
  nextEvent,
  node,
  nodes,
  overlappingLabels,
  record,
  shadow,
  visibleLabelBoxes,
} from './element-helpers.ts'
import { validDataset } from './fixtures.ts'

afterEach(() => {
  for (const el of document.querySelectorAll('actor-network')) el.remove()
})

describe('rendering', () => {
  test('without a host height it takes a landscape shape, and a taller one on a phone-sized width', async () => {
    const shapeAt = async (width: number) => {
      const el = document.createElement('actor-network')
      el.style.width = `${width}px`
      const ready = nextEvent(el, 'network-ready')
      document.body.append(el)
      el.data = articleDataset
      await ready
      // The stage's size reaches the widget by ResizeObserver, which delivers before the first paint.
      await frames(1)
      const graph = (shadow(el).querySelector('svg.graph') as SVGSVGElement).getBoundingClientRect()
      const box = el.getBoundingClientRect()
      const glyphs = nodes(el).map((n) => (n.querySelector('.glyph') as Element).getBoundingClientRect())
      const network = {
        width: Math.max(...glyphs.map((g) => g.right)) - Math.min(...glyphs.map((g) => g.left)),
        height: Math.max(...glyphs.map((g) => g.bottom)) - Math.min(...glyphs.map((g) => g.top)),
      }
      el.remove()
      return { ratio: box.height / box.width, graph, network }
    }
    const wide = await shapeAt(880)
    expect(wide.ratio).toBeCloseTo(11 / 16, 2)
    expect(wide.network.width).toBeGreaterThan(wide.network.height)
    // On a narrow widget the legend and tools take several rows; the graphic keeps a usable height, and the
    // network, which settles wider than tall, stands on its side to use it.
    const narrow = await shapeAt(380)
    expect(narrow.ratio).toBeCloseTo(3 / 2, 2)
    expect(narrow.graph.height).toBeGreaterThanOrEqual(300)
    expect(narrow.network.height).toBeGreaterThan(narrow.network.width)
    expect(narrow.network.height).toBeGreaterThan(0.6 * narrow.graph.height)
    // On a small phone the tools take more rows still: a taller shape keeps the graphic as usable.
    const smallest = await shapeAt(300)
    expect(smallest.ratio).toBeCloseTo(2, 2)
    expect(smallest.graph.height).toBeGreaterThanOrEqual(250)
  })

  test('search, Table and Download keep together: beside the legend when there is room, else on a row below it (wider than a phone)', async () => {
    const el = document.createElement('actor-network')
    const ready = nextEvent(el, 'network-ready')
    document.body.append(el)
    // Without a story, whose start button also takes room in the bar (see the stepper's tests).
    el.data = { ...articleDataset, steps: undefined }
    await ready
    const box = (selector: string) => (shadow(el).querySelector(selector) as Element).getBoundingClientRect()
    const rows = new Set<string>()
    // Up to 560 px they are behind the Tools button (see phone.browser.test.ts).
    for (let width = 570; width <= 900; width += 10) {
      el.style.width = `${width}px`
      const legend = box('.legend-toggle')
      const search = box('.search input')
      const table = box('.view-toggle')
      const download = box('.export > summary')
      const where = `at ${width} px`
      expect([table.top, download.top], where).toEqual([search.top, search.top])
      expect(search.width, where).toBeGreaterThanOrEqual(112)
      rows.add(search.top === legend.top ? 'beside' : 'below')
    }
    // Both arrangements occur over these widths.
    expect([...rows].sort()).toEqual(['below', 'beside'])
  })

  test('draws one node per actor and one edge per relation, typed and identified', async () => {
    const el = await mount()
    expect(nodes(el)).toHaveLength(articleDataset.actors.length)
    expect(edges(el)).toHaveLength(articleDataset.relations.length)
    for (const relation of articleDataset.relations) {
      const edge = shadow(el).querySelector(`[data-relation-id="${relation.id}"]`)
      expect(edge?.getAttribute('data-relation-type')).toBe(relation.type)
      // A directed relation ends in an arrowhead, drawn at the target's rim.
      const arrow = edge?.querySelector('.arrowheads')?.getAttribute('d')
      expect(Boolean(arrow), relation.id).toBe(relation.directed)
    }
  })

  test('people, institutions and groups differ by shape', async () => {
    const el = await mount(validDataset)
    const shapeOf = (id: string) => node(el, id).querySelector('.glyph')?.getAttribute('d') ?? ''
    expect(shapeOf('costa')).toContain('a') // circle arcs
    expect(shapeOf('city-council')).toMatch(/H.*V/) // square
    expect(shapeOf('dockworkers')).not.toMatch(/a|H/) // diamond
  })

  test('parallel relations between one pair are separate curves', async () => {
    const el = await mount(validDataset)
    const a = shadow(el)
      .querySelector('[data-relation-id="costa-dockworkers-talks"] .edge-line')
      ?.getAttribute('d')
    const b = shadow(el)
      .querySelector('[data-relation-id="dockworkers-costa-strike"] .edge-line')
      ?.getAttribute('d')
    expect(a).toMatch(/Q/)
    expect(b).toMatch(/Q/)
    expect(a).not.toBe(b)
  })

  test('labels are at least 12 px and do not overlap at the default size', async () => {
    const el = await mount()
    const boxes = visibleLabelBoxes(el)
    expect(boxes.length).toBe(articleDataset.actors.length)
    for (const text of shadow(el).querySelectorAll('.label'))
      expect(Number.parseFloat(getComputedStyle(text).fontSize)).toBeGreaterThanOrEqual(12)
    expect(overlappingLabels(el)).toEqual([])
  })

  test.each(['16px', '20px'])(
    'labels do not overlap when the host sets them larger (--actor-network-label-size: %s)',
    async (size) => {
      const el = await mount(articleDataset, { attributes: { style: `--actor-network-label-size: ${size}` } })
      const boxes = visibleLabelBoxes(el)
      expect(boxes.length).toBeGreaterThan(articleDataset.actors.length / 2)
      expect(boxes[0]?.height).toBeGreaterThan(Number.parseFloat(size))
      expect(overlappingLabels(el)).toEqual([])
    },
  )

  test('labels lie on a layer above every actor, and go with their actor when it is dragged', async () => {
    const el = await mount()
    const layer = shadow(el).querySelector('svg.graph > .layer') as SVGGElement
    // Painted last: no later actor's glyph can cover a name.
    expect(layer.lastElementChild?.classList.contains('labels')).toBe(true)
    expect(layer.querySelectorAll('.node .label')).toHaveLength(0)
    const actor = nodes(el).find((n) => n.dataset.actorId === 'ratcliffe') as SVGGElement
    const text = label(el, 'ratcliffe') as SVGTextElement
    const before = { node: centre(actor), label: text.getBoundingClientRect() }
    await drag(before.node, { x: before.node.x + 50, y: before.node.y + 30 })
    await frames(2)
    const after = { node: centre(actor), label: text.getBoundingClientRect() }
    expect(Math.hypot(after.node.x - before.node.x, after.node.y - before.node.y)).toBeGreaterThan(40)
    // Beside its actor still: the label's middle is no further than half its width and the glyph's size.
    const glyph = actor.querySelector('.glyph')?.getBoundingClientRect() as DOMRect
    const middle = { x: after.label.x + after.label.width / 2, y: after.label.y + after.label.height / 2 }
    const reach = after.label.width / 2 + glyph.width / 2 + 8
    expect(Math.hypot(middle.x - after.node.x, middle.y - after.node.y)).toBeLessThan(reach)
  })

  test('the network fits inside its box', async () => {
    const el = await mount(undefined, { width: 700, height: 480 })
    const box = shadow(el).querySelector('svg.graph')?.getBoundingClientRect() as DOMRect
    for (const n of nodes(el)) {
      const { x, y } = centre(n)
      expect(x).toBeGreaterThan(box.left)
      expect(x).toBeLessThan(box.right)
      expect(y).toBeGreaterThan(box.top)
      expect(y).toBeLessThan(box.bottom)
    }
  })

  test('the layout is deterministic and already settled at first paint', async () => {
    const a = await mount()
    const b = await mount()
    const positions = (el: ActorNetwork) => nodes(el).map((n) => n.getAttribute('transform'))
    expect(positions(a)).toEqual(positions(b))
    const first = positions(a)
    await frames(20)
    expect(positions(a)).toEqual(first)
  })

  test('sizes itself with no CSS from the host and fills what the host gives', async () => {
    const el = document.createElement('actor-network')
    document.body.append(el)
    el.data = validDataset
    await nextEvent(el, 'network-ready')
    const box = el.getBoundingClientRect()
    expect(box.width).toBe(document.body.clientWidth)
    expect(box.height).toBeGreaterThan(300)
    el.style.height = '700px'
    await frames(2)
    expect(el.getBoundingClientRect().height).toBe(700)
    expect(el.getBoundingClientRect().width).toBe(document.body.clientWidth)
  })
})

describe('input', () => {
  test('loads and validates the dataset named by src', async () => {
    const el = document.createElement('actor-network')
    el.setAttribute('src', articleUrl)
    const ready = nextEvent(el, 'network-ready')
    document.body.append(el)
    await el.updateComplete
    expect(shadow(el).querySelector('[role="status"]')?.textContent).toMatch(/Loading/)
    await ready
    expect(el.data?.title).toBe(articleDataset.title)
    expect(nodes(el)).toHaveLength(articleDataset.actors.length)
  })

  test('reads an inline <script type="application/json"> child', async () => {
    const el = document.createElement('actor-network')
    const script = document.createElement('script')
    script.type = 'application/json'
    script.textContent = JSON.stringify(validDataset)
    el.append(script)
    const ready = nextEvent(el, 'network-ready')
    document.body.append(el)
    await ready
    expect(el.data?.title).toBe(validDataset.title)
    expect(nodes(el)).toHaveLength(4)
  })

  test('an invalid dataset shows its located errors and fires error, without drawing', async () => {
    const el = document.createElement('actor-network')
    const errors = record<CustomEvent>(el, 'error')
    document.body.append(el)
    const bad = structuredClone(validDataset)
    ;(bad.relations[0] as Relation).target = 'dockworker'
    el.data = bad
    await el.updateComplete
    const alert = shadow(el).querySelector('[role="alert"]')
    expect(alert?.textContent).toContain('/relations/0/target')
    expect(alert?.textContent).toContain('dockworkers')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.detail.errors[0].pointer).toBe('/relations/0/target')
    expect(nodes(el)).toHaveLength(0)
  })

  test('a missing file shows where the data could not be loaded from', async () => {
    const el = document.createElement('actor-network')
    el.setAttribute('src', '/__test__/status/404')
    const failed = nextEvent<CustomEvent>(el, 'error')
    document.body.append(el)
    const event = await failed
    await el.updateComplete
    expect(event.detail.errors[0].message).toMatch(/could not load data from .*404/)
    expect(shadow(el).querySelector('[role="alert"]')?.textContent).toMatch(/could not load data/)
  })

  test('an HTML page served instead of data says so', async () => {
    const el = document.createElement('actor-network')
    el.setAttribute('src', '/__test__/html')
    const failed = nextEvent<CustomEvent>(el, 'error')
    document.body.append(el)
    expect((await failed).detail.errors[0].message).toMatch(/HTML page, not JSON/)
  })
})

describe('hover', () => {
  test('hovering an actor keeps it and its neighbours, dims the rest, and fires actor-hover', async () => {
    const el = await mount()
    const hovers = record<CustomEvent>(el, 'actor-hover')
    const { x, y } = centre(node(el, 'ratcliffe'))
    await hover(x, y)
    await el.updateComplete
    expect(hovers.at(-1)?.detail.actor.id).toBe('ratcliffe')
    const neighbours = new Set(['ratcliffe'])
    for (const r of articleDataset.relations) {
      if (r.source === 'ratcliffe') neighbours.add(r.target)
      if (r.target === 'ratcliffe') neighbours.add(r.source)
    }
    for (const n of nodes(el)) {
      const id = n.dataset.actorId ?? ''
      expect(n.part.contains('node--dimmed'), id).toBe(!neighbours.has(id))
    }
    const tooltip = shadow(el).querySelector('[part="tooltip"]') as HTMLElement
    expect(tooltip.hidden).toBe(false)
    expect(tooltip.textContent).toContain('John Ratcliffe')
    expect(tooltip.textContent).toContain('C.I.A. director')

    const away = emptySpot(el)
    await hover(away.x, away.y)
    await el.updateComplete
    expect(hovers.at(-1)?.detail.actor).toBeNull()
    expect(nodes(el).filter((n) => n.part.contains('node--dimmed'))).toHaveLength(0)
    expect(tooltip.hidden).toBe(true)
  })

  test('hovering an edge shows its type, summary and verbatim evidence, inside the widget', async () => {
    const el = await mount()
    const hovers = record<CustomEvent>(el, 'relation-hover')
    const relation = articleDataset.relations.find((r) => r.id === 'us-military-seizes-maduro') as Relation
    const middle = edgeMiddle(el, relation.id)
    await hover(middle.x, middle.y)
    await el.updateComplete
    expect(hovers.at(-1)?.detail.relation.id).toBe(relation.id)
    const tooltip = shadow(el).querySelector('[part="tooltip"]') as HTMLElement
    expect(tooltip.textContent).toContain('Opposition')
    expect(tooltip.textContent).toContain(relation.summary)
    expect(tooltip.textContent).toContain(relation.evidence[0])
    expect(tooltip.textContent).toContain(articleDataset.source.title)
    const tip = tooltip.getBoundingClientRect()
    const host = el.getBoundingClientRect()
    expect(tip.left).toBeGreaterThanOrEqual(host.left)
    expect(tip.right).toBeLessThanOrEqual(host.right)
    expect(tip.top).toBeGreaterThanOrEqual(host.top)
    expect(tip.bottom).toBeLessThanOrEqual(host.bottom)
  })
})

describe('drag and select', () => {
  test('dragging a node moves it, and it stays where it was dropped', async () => {
    const el = await mount()
    const n = node(el, 'machado')
    const from = centre(n)
    const to = { x: from.x + 60, y: from.y + 40 }
    await drag(from, to)
    await frames(5)
    const dropped = centre(n)
    expect(dropped.x).toBeCloseTo(to.x, 0)
    expect(dropped.y).toBeCloseTo(to.y, 0)
    await frames(60)
    expect(centre(n).x).toBeCloseTo(to.x, 0)
    expect(centre(n).y).toBeCloseTo(to.y, 0)
    expect(el.selected).toBeUndefined()
  })

  test('mid-drag, on every frame the actor is under the pointer with its relations attached, and the rest follows', async () => {
    const el = await mount()
    const n = node(el, 'machado')
    const centreOf = (g: Element) => {
      const [x, y] = (g.getAttribute('transform')?.match(/[-\d.]+/g) ?? []).map(Number)
      return { x: x as number, y: y as number }
    }
    const touching = edges(el).filter((edge) => {
      const relation = articleDataset.relations.find((r) => r.id === edge.dataset.relationId)
      return relation?.source === 'machado' || relation?.target === 'machado'
    })
    expect(touching.length).toBeGreaterThan(1)
    /** How far each end of each of its relations lies from the centre of the actor it ends at. */
    const gaps = () =>
      touching.flatMap((edge) => {
        const relation = articleDataset.relations.find((r) => r.id === edge.dataset.relationId) as Relation
        const line = edge.querySelector('.edge-line') as SVGPathElement
        const [start, end] = [line.getPointAtLength(0), line.getPointAtLength(line.getTotalLength())]
        const [s, t] = [centreOf(node(el, relation.source)), centreOf(node(el, relation.target))]
        return [Math.hypot(start.x - s.x, start.y - s.y), Math.hypot(end.x - t.x, end.y - t.y)]
      })
    const others = nodes(el).filter((g) => g !== n)
    const before = others.map((g) => g.getAttribute('transform'))
    const restGaps = gaps()

    // Every frame of a continuous drag is checked, wherever the pointer is when the frame is drawn.
    let pointer = { x: 0, y: 0 }
    const track = (event: PointerEvent) => {
      pointer = { x: event.clientX, y: event.clientY }
    }
    window.addEventListener('pointermove', track)
    const checked: { frame: number; off: number; gaps: number[] }[] = []
    let recording = true
    const record = () => {
      if (!recording) return
      const c = centre(n)
      checked.push({ frame: checked.length, off: Math.hypot(c.x - pointer.x, c.y - pointer.y), gaps: gaps() })
      requestAnimationFrame(record)
    }
    const from = centre(n)
    await commands.input([
      { type: 'move', x: from.x, y: from.y },
      { type: 'down' },
      { type: 'move', x: from.x + 4, y: from.y + 2 },
    ])
    await frames(2)
    requestAnimationFrame(record)
    await commands.input([{ type: 'move', x: from.x + 80, y: from.y + 50, steps: 40 }])
    await frames(2)
    recording = false
    window.removeEventListener('pointermove', track)
    expect(checked.length).toBeGreaterThan(10)
    for (const { frame, off, gaps: now } of checked) {
      expect(off, `frame ${frame}`).toBeLessThan(1)
      // Each end stays on its actor's rim: the same distance from its centre as at rest.
      for (const [i, gap] of now.entries())
        expect(gap, `frame ${frame}, end ${i}`).toBeCloseTo(restGaps[i] ?? 0, 0)
    }
    await commands.input([{ type: 'up' }])
    const moved = others.filter((g, i) => g.getAttribute('transform') !== before[i])
    expect(moved.length).toBeGreaterThan(others.length / 2)
  })

  test('clicking a node selects it; clicking empty space clears the selection', async () => {
    const el = await mount()
    const selects = record<CustomEvent>(el, 'actor-select')
    const { x, y } = centre(node(el, 'rodriguez'))
    await click(x, y)
    await el.updateComplete
    expect(el.getAttribute('selected')).toBe('rodriguez')
    expect(selects.at(-1)?.detail.actor.name).toBe('Delcy Rodríguez')
    expect(node(el, 'rodriguez').part.contains('node--selected')).toBe(true)
    const away = emptySpot(el)
    await click(away.x, away.y)
    await el.updateComplete
    expect(el.hasAttribute('selected')).toBe(false)
    expect(selects.at(-1)?.detail.actor).toBeNull()
  })

  test('setting selected in code selects without firing an event', async () => {
    const el = await mount()
    const selects = record(el, 'actor-select')
    el.selected = 'maduro'
    await el.updateComplete
    expect(node(el, 'maduro').part.contains('node--selected')).toBe(true)
    expect(selects).toHaveLength(0)
  })
})

describe('filter', () => {
  test('a legend toggle hides exactly that type, reflects relations and fires filter-change', async () => {
    const el = await mount()
    const changes = record<CustomEvent>(el, 'filter-change')
    const toggle = shadow(el).querySelector(
      '[part~="legend-toggle"][data-relation-type="opposition"]',
    ) as HTMLElement
    const box = toggle.getBoundingClientRect()
    await click(box.x + box.width / 2, box.y + box.height / 2)
    await el.updateComplete
    expect(toggle.getAttribute('aria-pressed')).toBe('false')
    expect(el.getAttribute('relations')).toBe('cooperation negotiation')
    expect(changes.at(-1)?.detail.relations).toEqual(['cooperation', 'negotiation'])
    const shown = edges(el).map((e) => e.dataset.relationId)
    const expected = articleDataset.relations.filter((r) => r.type !== 'opposition').map((r) => r.id)
    expect(shown.sort()).toEqual(expected.sort())
    expect(nodes(el)).toHaveLength(articleDataset.actors.length)
  })

  test('the relations attribute filters the view, and dims actors left without a visible relation', async () => {
    const el = await mount()
    const changes = record(el, 'filter-change')
    el.setAttribute('relations', 'negotiation')
    await el.updateComplete
    expect(edges(el).every((e) => e.dataset.relationType === 'negotiation')).toBe(true)
    expect(edges(el)).toHaveLength(articleDataset.relations.filter((r) => r.type === 'negotiation').length)
    expect(node(el, 'saddam-hussein').part.contains('node--dimmed')).toBe(true)
    expect(node(el, 'grenell').part.contains('node--dimmed')).toBe(false)
    expect(changes).toHaveLength(0)
  })
})

describe('zoom', () => {
  test('Ctrl + wheel zooms around the pointer; a plain wheel leaves the graph and shows a hint', async () => {
    document.body.style.height = '4000px'
    const el = await mount()
    const box = el.getBoundingClientRect()
    const at = { x: box.left + box.width / 2, y: box.top + box.height / 2 }
    const before = el.transform.k
    await commands.input([{ type: 'wheel', x: at.x, y: at.y, dy: 100 }])
    await frames(3)
    expect(el.transform.k).toBe(before)
    expect(shadow(el).querySelector('.hint')?.classList.contains('is-shown')).toBe(true)
    await commands.input([
      { type: 'key-down', key: 'Control' },
      { type: 'wheel', x: at.x, y: at.y, dy: -100 },
      { type: 'key-up', key: 'Control' },
    ])
    await frames(3)
    expect(el.transform.k).toBeGreaterThan(before)
    document.body.style.height = ''
  })

  test('the zoom buttons zoom in, out and fit', async () => {
    const el = await mount()
    const fitted = el.transform
    const button = (name: string) =>
      shadow(el).querySelector(`button[aria-label="${name}"]`) as HTMLButtonElement
    button('Zoom in').click()
    expect(el.transform.k).toBeCloseTo(fitted.k * 1.5)
    button('Zoom out').click()
    button('Zoom out').click()
    expect(el.transform.k).toBeCloseTo(fitted.k / 1.5)
    button('Fit to view').click()
    expect(el.transform).toEqual(fitted)
  })

  test('dragging the background pans the view', async () => {
    const el = await mount()
    const before = el.transform
    const from = emptySpot(el)
    await drag(from, { x: from.x + 40, y: from.y + 25 })
    expect(el.transform.x).toBeCloseTo(before.x + 40, 0)
    expect(el.transform.y).toBeCloseTo(before.y + 25, 0)
  })
})

test('two instances on one page are independent', async () => {
  const a = await mount(articleDataset, { width: 600, height: 420 })
  const b = await mount(validDataset, { width: 600, height: 420 })
  const { x, y } = centre(node(a, 'trump'))
  await hover(x, y)
  b.setAttribute('relations', 'cooperation')
  await Promise.all([a.updateComplete, b.updateComplete])
  expect(nodes(a).some((n) => n.part.contains('node--dimmed'))).toBe(true)
  expect(
    nodes(b).some(
      (n) =>
        n.part.contains('node--dimmed') &&
        n.dataset.actorId !== 'costa' &&
        n.dataset.actorId !== 'dockworkers',
    ),
  ).toBe(false)
  expect(edges(a)).toHaveLength(articleDataset.relations.length)
  expect(edges(b)).toHaveLength(1)
})
