/** Search, details with evidence, host highlighting and shareable views. */
import { afterEach, describe, expect, test } from 'vitest'
import { userEvent } from 'vitest/browser'
import type { ActorNetwork } from '../components/actor-network.ts'
import {
  articleDataset,
  centre,
  click,
  drag,
  edgeMiddle,
  edges,
  emptySpot,
  frames,
  mount,
  node,
  nodes,
  record,
  shadow,
} from './element-helpers.ts'

afterEach(() => {
  for (const el of document.querySelectorAll('actor-network')) el.remove()
  history.replaceState(null, '', location.pathname + location.search)
})

const dimmed = (el: ActorNetwork) =>
  nodes(el)
    .filter((n) => n.part.contains('node--dimmed'))
    .map((n) => n.dataset.actorId)
const neighboursOf = (id: string) => {
  const ids = new Set([id])
  for (const r of articleDataset.relations) {
    if (r.source === id) ids.add(r.target)
    if (r.target === id) ids.add(r.source)
  }
  return ids
}
const details = (el: ActorNetwork) => shadow(el).querySelector('[part="details"]') as HTMLElement | null

async function until(condition: () => boolean, frameLimit = 120) {
  for (let i = 0; i < frameLimit && !condition(); i++) await frames(1)
  return condition()
}

describe('search', () => {
  test('type-ahead without accents, arrow keys and Enter select the actor, centre it and light its neighbourhood', async () => {
    const el = await mount()
    const selects = record<CustomEvent>(el, 'actor-select')
    const input = shadow(el).querySelector('[part="search"] input') as HTMLInputElement
    input.focus()
    await userEvent.keyboard('gonz')
    await el.updateComplete
    const options = [...shadow(el).querySelectorAll('[role="option"]')]
    expect(options.map((o) => o.textContent?.trim())).toEqual(['Edmundo GonzálezMs. Machado’s ally'])
    expect(input.getAttribute('aria-expanded')).toBe('true')
    expect(input.getAttribute('aria-activedescendant')).toBe('option-gonzalez')
    await userEvent.keyboard('{Enter}')
    await el.updateComplete
    expect(el.selected).toBe('gonzalez')
    expect(input.value).toBe('Edmundo González')
    expect(selects.at(-1)?.detail.actor.id).toBe('gonzalez')
    const box = (shadow(el).querySelector('svg.graph') as SVGSVGElement).getBoundingClientRect()
    await frames(2)
    const at = centre(node(el, 'gonzalez'))
    expect(at.x).toBeCloseTo(box.left + box.width / 2, 0)
    expect(at.y).toBeCloseTo(box.top + box.height / 2, 0)
    const near = neighboursOf('gonzalez')
    expect(dimmed(el).sort()).toEqual(
      articleDataset.actors
        .map((a) => a.id)
        .filter((id) => !near.has(id))
        .sort(),
    )
  })

  test('arrow keys move through several matches; Escape closes the list', async () => {
    const el = await mount()
    const input = shadow(el).querySelector('[part="search"] input') as HTMLInputElement
    input.focus()
    await userEvent.keyboard('venezuelan')
    await el.updateComplete
    expect(shadow(el).querySelectorAll('[role="option"]')).toHaveLength(3)
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}')
    await el.updateComplete
    expect(input.getAttribute('aria-activedescendant')).toBe('option-venezuelan-security-forces')
    await userEvent.keyboard('{Escape}')
    await el.updateComplete
    expect(input.getAttribute('aria-expanded')).toBe('false')
    await userEvent.keyboard('{ArrowDown}{Enter}')
    await el.updateComplete
    expect(el.selected).toBe('venezuelan-government')
  })

  test('in a short widget the list stops at its bottom edge and scrolls; the arrow keys keep the option in view', async () => {
    const el = await mount(articleDataset, { width: 640, height: 340 })
    const input = shadow(el).querySelector('[part="search"] input') as HTMLInputElement
    input.focus()
    await userEvent.keyboard('e')
    await el.updateComplete
    const options = [...shadow(el).querySelectorAll<HTMLElement>('[role="option"]')]
    expect(options).toHaveLength(8)
    const list = shadow(el).querySelector('[role="listbox"]') as HTMLElement
    const frame = (shadow(el).querySelector('.frame') as HTMLElement).getBoundingClientRect()
    expect(list.getBoundingClientRect().bottom).toBeLessThanOrEqual(frame.bottom)
    // Too many for the room: the last option starts below what the list shows, until the keys reach it.
    const last = options.at(-1) as HTMLElement
    expect(last.getBoundingClientRect().top).toBeGreaterThan(list.getBoundingClientRect().bottom)
    await userEvent.keyboard('{ArrowDown}'.repeat(7))
    await el.updateComplete
    await frames(1)
    expect(input.getAttribute('aria-activedescendant')).toBe(last.id)
    expect(last.getBoundingClientRect().bottom).toBeLessThanOrEqual(list.getBoundingClientRect().bottom + 1)
    expect(last.getBoundingClientRect().top).toBeGreaterThanOrEqual(list.getBoundingClientRect().top)
  })

  test('hops="2" lights the neighbours of the neighbours too', async () => {
    const el = await mount(undefined, { attributes: { hops: '2', selected: 'gonzalez' } })
    const two = new Set([...neighboursOf('gonzalez')].flatMap((id) => [...neighboursOf(id)]))
    expect(dimmed(el).sort()).toEqual(
      articleDataset.actors
        .map((a) => a.id)
        .filter((id) => !two.has(id))
        .sort(),
    )
  })
})

describe('details', () => {
  test('selecting an actor opens its details: role, relations by type, summaries and quotes', async () => {
    const el = await mount(undefined, { width: 1000, height: 640 })
    const { x, y } = centre(node(el, 'grenell'))
    await click(x, y)
    await el.updateComplete
    const panel = details(el) as HTMLElement
    expect(panel.textContent).toContain('Richard Grenell')
    expect(panel.textContent).toContain('Mr. Trump’s special envoy')
    expect(panel.querySelector('h3')?.textContent).toMatch(/Negotiation \(1\)/)
    const relation = articleDataset.relations.find((r) => r.id === 'grenell-rodriguez-negotiations')
    expect(panel.textContent).toContain(relation?.summary)
    expect(panel.textContent).toContain(relation?.evidence[0])
  })

  test('the panel never opens over its own actor: beside it on a wide widget, above the sheet on a phone', async () => {
    const clear = (el: ActorNetwork, id: string) => {
      const glyph = (node(el, id).querySelector('.glyph') as Element).getBoundingClientRect()
      const panel = (details(el) as HTMLElement).getBoundingClientRect()
      return glyph.right <= panel.left || glyph.bottom <= panel.top || glyph.top >= panel.bottom
    }
    // The actor furthest right, clicked where it is drawn.
    const wide = await mount(undefined, { width: 1000, height: 640 })
    const rightmost = nodes(wide).reduce((a, b) =>
      a.getBoundingClientRect().right > b.getBoundingClientRect().right ? a : b,
    ).dataset.actorId as string
    const before = centre(node(wide, rightmost))
    await click(before.x, before.y)
    await wide.updateComplete
    await frames(2)
    expect(wide.selected).toBe(rightmost)
    expect(clear(wide, rightmost)).toBe(true)
    // Moved sideways only, and not marked as the reader's own zoom.
    expect(centre(node(wide, rightmost)).y).toBeCloseTo(before.y, 0)
    // An actor the panel does not cover leaves the view where it is, even at the top edge.
    const topmost = nodes(wide).reduce((a, b) =>
      a.getBoundingClientRect().top < b.getBoundingClientRect().top ? a : b,
    )
    const view = wide.transform
    const top = centre(topmost)
    await click(top.x, top.y)
    await wide.updateComplete
    await frames(2)
    expect(wide.selected).toBe(topmost.dataset.actorId)
    expect(wide.transform).toEqual(view)
    wide.remove()

    // On a phone the search centres its choice, where the bottom sheet then opens.
    const narrow = await mount(undefined, { width: 380, height: 640 })
    ;(shadow(narrow).querySelector('.tools-toggle') as HTMLButtonElement).click()
    ;(shadow(narrow).querySelector('[part="search"] input') as HTMLInputElement).focus()
    await userEvent.keyboard('Trump administration{Enter}')
    await narrow.updateComplete
    await frames(2)
    expect(narrow.selected).toBe('trump-administration')
    expect(clear(narrow, 'trump-administration')).toBe(true)
  })

  test('a quote fires evidence-select with its relation; a relation link shows it with its source', async () => {
    const el = await mount(undefined, { width: 1000, height: 640, attributes: { selected: 'ratcliffe' } })
    const evidence = record<CustomEvent>(el, 'evidence-select')
    const quote = details(el)?.querySelector('button.quote') as HTMLButtonElement
    quote.click()
    expect(evidence).toHaveLength(1)
    expect(quote.textContent).toContain(evidence[0]?.detail.quote)
    expect(evidence[0]?.detail.relation.evidence).toContain(evidence[0]?.detail.quote)
    const relationLink = details(el)?.querySelector('button.relation-link') as HTMLButtonElement
    relationLink.click()
    await el.updateComplete
    expect(details(el)?.textContent).toContain(articleDataset.source.title)
    expect(details(el)?.textContent).toContain(articleDataset.source.publisher)
  })

  test('clicking an edge opens that relation', async () => {
    const el = await mount(undefined, { width: 1000, height: 640 })
    const middle = edgeMiddle(el, 'us-military-seizes-maduro')
    await click(middle.x, middle.y)
    await el.updateComplete
    expect(details(el)?.textContent).toMatch(/U\.S\. military\s*→\s*Nicolás Maduro/)
  })

  test('a relation where the panel opens moves beside it, and the click leaves no focus ring', async () => {
    const el = await mount(undefined, { width: 1000, height: 640 })
    const id = 'us-military-seizes-maduro'
    // Drag the background so that the relation lies where its details will open, top right.
    const stage = (shadow(el).querySelector('svg.graph') as Element).getBoundingClientRect()
    const from = emptySpot(el)
    const middle = edgeMiddle(el, id)
    await drag(from, { x: from.x + stage.right - 220 - middle.x, y: from.y + stage.top + 120 - middle.y })
    await frames(2)
    const before = edgeMiddle(el, id)
    await click(before.x, before.y)
    await el.updateComplete
    await frames(2)
    const panel = (details(el) as HTMLElement).getBoundingClientRect()
    expect(details(el)?.textContent).toMatch(/U\.S\. military\s*→\s*Nicolás Maduro/)
    expect(before.x).toBeGreaterThan(panel.left)
    expect(before.y).toBeLessThan(panel.bottom)
    expect(edgeMiddle(el, id).x).toBeLessThan(panel.left)
    // The ring is for the keyboard: a mouse click on a relation focuses the graphic without one.
    expect(getComputedStyle(shadow(el).querySelector('svg.graph') as Element).outlineStyle).toBe('none')
  })

  test('on a narrow widget the panel is a bottom sheet', async () => {
    const el = await mount(undefined, { width: 420, height: 520, attributes: { selected: 'rodriguez' } })
    const panel = (details(el) as HTMLElement).getBoundingClientRect()
    const stage = (shadow(el).querySelector('.stage') as HTMLElement).getBoundingClientRect()
    expect(panel.bottom).toBeCloseTo(stage.bottom, 0)
    expect(panel.width).toBeCloseTo(stage.width, 0)
  })
})

test('highlight(relationIds) keeps those relations and their actors, dims the rest; [] clears', async () => {
  const el = await mount()
  el.highlight(['us-military-seizes-maduro'])
  expect(dimmed(el).sort()).toEqual(
    articleDataset.actors
      .map((a) => a.id)
      .filter((id) => id !== 'us-military' && id !== 'maduro')
      .sort(),
  )
  expect(
    edges(el)
      .filter((e) => !e.part.contains('edge--dimmed'))
      .map((e) => e.dataset.relationId),
  ).toEqual(['us-military-seizes-maduro'])
  el.highlight([])
  expect(dimmed(el)).toEqual([])
})

describe('sync-url', () => {
  test('a shared link opens the same view, and changes are written back under the widget’s key', async () => {
    history.replaceState(null, '', '#intro&a.selected=maduro&a.relations=opposition+negotiation')
    const el = await mount(undefined, { attributes: { 'sync-url': 'a' } })
    await el.updateComplete
    expect(el.selected).toBe('maduro')
    expect(edges(el).every((e) => e.dataset.relationType !== 'cooperation')).toBe(true)
    el.zoomBy(2)
    ;(
      shadow(el).querySelector('[part~="legend-toggle"][data-relation-type="cooperation"]') as HTMLElement
    ).click()
    expect(await until(() => location.hash.includes('a.view='))).toBe(true)
    expect(location.hash).toMatch(/^#intro&/)
    expect(location.hash).toContain('a.relations=cooperation+negotiation+opposition')
    expect(location.hash).toContain('a.selected=maduro')
  })

  test('two widgets keep separate keys', async () => {
    history.replaceState(null, '', '#left.selected=trump&right.selected=machado')
    const left = await mount(undefined, { width: 500, height: 400, attributes: { 'sync-url': 'left' } })
    const right = await mount(undefined, { width: 500, height: 400, attributes: { 'sync-url': 'right' } })
    expect(left.selected).toBe('trump')
    expect(right.selected).toBe('machado')
  })
})

describe('story steps', () => {
  const steps = articleDataset.steps ?? []

  test('the stepper walks through the steps, highlighting each one, with buttons and arrow keys', async () => {
    const el = await mount()
    const changes = record<CustomEvent>(el, 'step-change')
    // Its start button sits in the bar; a step in progress takes a row of its own.
    const stepper = () => shadow(el).querySelector('[part="stepper"]') as HTMLElement
    ;(stepper().querySelector('button') as HTMLButtonElement).click()
    await el.updateComplete
    expect(el.step).toBe(1)
    expect(el.getAttribute('step')).toBe('1')
    expect(changes.at(-1)?.detail).toEqual({ step: 1, title: steps[0]?.title })
    expect(stepper().textContent).toContain(steps[0]?.text)
    const lit = () =>
      edges(el)
        .filter((e) => !e.part.contains('edge--dimmed'))
        .map((e) => e.dataset.relationId)
        .sort()
    expect(lit()).toEqual([...(steps[0]?.relations ?? [])].sort())
    ;(stepper().querySelector('[aria-label="Next step"]') as HTMLButtonElement).focus()
    await userEvent.keyboard('{ArrowRight}{ArrowRight}')
    await el.updateComplete
    expect(el.step).toBe(3)
    expect(lit()).toEqual([...(steps[2]?.relations ?? [])].sort())
    await userEvent.keyboard('{ArrowLeft}')
    await el.updateComplete
    expect(el.step).toBe(2)
    expect(changes.map((e) => e.detail.step)).toEqual([1, 2, 3, 2])
  })

  test('the keyboard focus stays in the stepper from the start to the last step and back to the overview', async () => {
    const el = await mount()
    const focused = () => shadow(el).activeElement as HTMLElement | null
    ;(shadow(el).querySelector('.step-start') as HTMLButtonElement).focus()
    // The start button goes once the story starts: the focus moves on to Next rather than to the page.
    await userEvent.keyboard('{Enter}')
    await el.updateComplete
    expect(el.step).toBe(1)
    expect(focused()?.getAttribute('aria-label')).toBe('Next step')
    for (let i = 1; i < steps.length; i++) await userEvent.keyboard('{Enter}')
    await el.updateComplete
    // Next is disabled at the last step: Previous takes the focus.
    expect(el.step).toBe(steps.length)
    expect(focused()?.getAttribute('aria-label')).toBe('Previous step')
    for (let i = 0; i < steps.length; i++) await userEvent.keyboard('{ArrowLeft}')
    await el.updateComplete
    expect(el.step).toBe(0)
    expect(focused()?.classList.contains('step-start')).toBe(true)
  })

  test.each([640, 760, 1000])(
    'at %i px the start button shares a row with the legend or the tools',
    async (width) => {
      const el = await mount(undefined, { width, height: 560 })
      const middle = (selector: string) => {
        const box = (shadow(el).querySelector(selector) as Element).getBoundingClientRect()
        return box.top + box.height / 2
      }
      const start = middle('.step-start')
      const rows = [middle('.legend-toggle'), middle('.view-toggle')]
      expect(rows.some((row) => Math.abs(row - start) < 4)).toBe(true)
    },
  )

  test('on a phone a step’s text takes the whole width, its buttons beside the count above it', async () => {
    const el = await mount(undefined, { width: 390, height: 640, attributes: { step: '3' } })
    const box = (selector: string) => (shadow(el).querySelector(selector) as Element).getBoundingClientRect()
    const stepper = box('.story .stepper')
    expect(box('.step-text').width).toBeGreaterThan(stepper.width - 24)
    for (const button of shadow(el).querySelectorAll('.step-nav')) {
      const nav = button.getBoundingClientRect()
      expect(nav.bottom).toBeLessThanOrEqual(box('.step-title').top + 1)
      expect(nav.top).toBeGreaterThanOrEqual(box('.step-count').top - 1)
      // Still pressable: nothing lies over the button's middle.
      const over = shadow(el).elementFromPoint(nav.x + nav.width / 2, nav.y + nav.height / 2)
      expect(over).toBe(button)
    }
  })

  test('setting step from the host shows it without an event; step 0 is the whole network', async () => {
    const el = await mount(undefined, { attributes: { step: String(steps.length) } })
    const changes = record(el, 'step-change')
    expect(shadow(el).querySelector('[part="stepper"]')?.textContent).toContain(steps.at(-1)?.title)
    el.step = 0
    await el.updateComplete
    expect(edges(el).some((e) => e.part.contains('edge--dimmed'))).toBe(false)
    expect(changes).toHaveLength(0)
  })
})
