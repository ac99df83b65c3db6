import axe from 'axe-core'
import { afterEach, describe, expect, test } from 'vitest'
import { commands, userEvent } from 'vitest/browser'
import type { ActorNetwork } from '../components/actor-network.ts'
import { contrast, DARK, LIGHT } from '../src/palette.ts'
import {
  articleDataset,
  centre,
  click,
  drag,
  edges,
  frames,
  hover,
  mount,
  nextEvent,
  node,
  nodes,
  shadow,
} from './element-helpers.ts'
import { validDataset } from './fixtures.ts'

afterEach(async () => {
  for (const el of document.querySelectorAll('actor-network, button.before')) el.remove()
  await commands.emulateMedia({
    media: 'screen',
    reducedMotion: 'no-preference',
    forcedColors: 'none',
    colorScheme: 'light',
  })
})

const active = (el: ActorNetwork) => shadow(el).activeElement as HTMLElement | SVGElement | null
const activeId = (el: ActorNetwork) => (active(el) as SVGElement | null)?.dataset?.actorId

/** Places a button before the widget, focuses it, and tabs into the widget until a graph node has focus. */
async function tabIntoGraph(el: ActorNetwork) {
  const before = document.createElement('button')
  before.className = 'before'
  before.textContent = 'before'
  el.before(before)
  before.focus()
  for (let i = 0; i < 10 && !activeId(el); i++) await userEvent.keyboard('{Tab}')
}

async function expectNoAxeViolations(context: Element, state: string) {
  const result = await axe.run(context, { resultTypes: ['violations'] })
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(summary, state).toEqual([])
}

describe('keyboard', () => {
  test('the graph is one tab stop; entering it focuses the most connected actor', async () => {
    const el = await mount()
    await tabIntoGraph(el)
    expect(activeId(el)).toBe('trump-administration')
    const stops: string[] = []
    for (let i = 0; i < 12; i++) {
      await userEvent.keyboard('{Tab}')
      const focused = active(el)
      if (!focused) break
      stops.push(
        focused.dataset.actorId ? 'node' : (focused.getAttribute('aria-label') ?? focused.textContent ?? ''),
      )
    }
    expect(stops.filter((s) => s === 'node')).toHaveLength(0)
    expect(nodes(el).filter((n) => n.getAttribute('tabindex') === '0')).toHaveLength(1)
  })

  test('entering the graph focuses the selected actor when there is one', async () => {
    const el = await mount()
    el.selected = 'machado'
    await el.updateComplete
    await tabIntoGraph(el)
    expect(activeId(el)).toBe('machado')
  })

  test('arrow keys alone reach every actor from the first tab stop, and Enter selects', async () => {
    const el = await mount()
    await tabIntoGraph(el)
    const start = activeId(el) as string
    const reached = new Set([start])
    const queue = [start]
    while (queue.length) {
      const from = queue.shift() as string
      for (const key of ['{ArrowLeft}', '{ArrowRight}', '{ArrowUp}', '{ArrowDown}']) {
        // Return to `from` by focus (a test shortcut), then take one real arrow-key step from it.
        ;(node(el, from) as SVGGElement).focus()
        await userEvent.keyboard(key)
        const to = activeId(el)
        if (to && !reached.has(to)) {
          reached.add(to)
          queue.push(to)
        }
      }
    }
    expect([...reached].sort()).toEqual(articleDataset.actors.map((a) => a.id).sort())
    const selects: CustomEvent[] = []
    el.addEventListener('actor-select', (e) => selects.push(e as unknown as CustomEvent))
    await userEvent.keyboard('{Enter}')
    expect(el.selected).toBe(activeId(el))
    expect(selects).toHaveLength(1)
  })

  test('Home and End go to the first and last actor; Escape clears the selection, then leaves to the overview', async () => {
    const el = await mount()
    await tabIntoGraph(el)
    await userEvent.keyboard('{End}')
    expect(activeId(el)).toBe(articleDataset.actors.at(-1)?.id)
    await userEvent.keyboard('{Home}')
    expect(activeId(el)).toBe(articleDataset.actors[0]?.id)
    await userEvent.keyboard('{Enter}')
    expect(el.selected).toBe(articleDataset.actors[0]?.id)
    await userEvent.keyboard('{Escape}')
    expect(el.selected).toBeUndefined()
    await userEvent.keyboard('{Escape}')
    expect(active(el)?.matches('svg.graph')).toBe(true)
  })

  test('+, - and 0 zoom in, out and fit; keys do nothing while the widget is not focused', async () => {
    const el = await mount()
    const fitted = el.transform.k
    await userEvent.keyboard('+')
    expect(el.transform.k).toBe(fitted)
    await tabIntoGraph(el)
    await userEvent.keyboard('+')
    expect(el.transform.k).toBeCloseTo(fitted * 1.5)
    await userEvent.keyboard('-')
    await userEvent.keyboard('-')
    expect(el.transform.k).toBeCloseTo(fitted / 1.5)
    await userEvent.keyboard('0')
    expect(el.transform.k).toBeCloseTo(fitted)
  })

  test('Shift + arrows nudge the focused actor, which stays there', async () => {
    const el = await mount()
    await tabIntoGraph(el)
    const focused = active(el) as SVGGElement
    const before = centre(focused)
    await userEvent.keyboard('{Shift>}{ArrowRight}{ArrowRight}{ArrowDown}{/Shift}')
    await frames(40)
    const after = centre(focused)
    expect(after.x - before.x).toBeCloseTo(24, 0)
    expect(after.y - before.y).toBeCloseTo(12, 0)
  })

  test('the focus ring is at least 2 px with at least 4.5:1 contrast', async () => {
    const el = await mount()
    await tabIntoGraph(el)
    const ring = (active(el) as SVGGElement).querySelector('.focus-ring') as SVGPathElement
    const style = getComputedStyle(ring)
    expect(Number.parseFloat(style.strokeWidth)).toBeGreaterThanOrEqual(2)
    const background = getComputedStyle(shadow(el).querySelector('.frame') as Element).backgroundColor
    expect(contrast(toHex(style.stroke), toHex(background))).toBeGreaterThanOrEqual(4.5)
  })
})

describe('screen readers', () => {
  test('the graphic has a short and a long description, and actors announce their relations', async () => {
    const el = await mount()
    const snapshot = await commands.ariaSnapshot('actor-network')
    expect(snapshot).toContain(`group "${articleDataset.title}"`)
    expect(snapshot).toMatch(
      /button "Delcy Rodríguez, interim president of Venezuela\. \d+ cooperation, \d+ negotiation\."/,
    )
    const description = shadow(el).querySelector('#description')?.textContent ?? ''
    expect(description).toContain(
      `${articleDataset.actors.length} actors and ${articleDataset.relations.length} relations`,
    )
    expect(description).toMatch(/Most connected: Trump administration/)
  })

  test('the long description says what the filter hides, and the live region announces changes once', async () => {
    const el = await mount()
    const toggle = shadow(el).querySelector(
      '[data-relation-type="opposition"][part~="legend-toggle"]',
    ) as HTMLElement
    toggle.click()
    await el.updateComplete
    const opposition = articleDataset.relations.filter((r) => r.type === 'opposition').length
    expect(shadow(el).querySelector('#description')?.textContent).toContain(
      `The filter hides ${opposition} opposition relations`,
    )
    const live = shadow(el).querySelector('[aria-live="polite"]') as HTMLElement
    expect(live.textContent).toMatch(/opposition hidden/)
    const { x, y } = centre(node(el, 'machado'))
    await click(x, y)
    await el.updateComplete
    expect(live.textContent).toBe('Selected María Corina Machado.')
  })

  test('the table view shows actors and the filtered relations as real tables', async () => {
    const el = await mount(undefined, { attributes: { relations: 'negotiation' } })
    const toggle = shadow(el).querySelector('[part="view-toggle"]') as HTMLButtonElement
    toggle.click()
    await el.updateComplete
    expect(toggle.getAttribute('aria-pressed')).toBe('true')
    expect(el.getAttribute('view')).toBe('table')
    const [actors, relations] = [...shadow(el).querySelectorAll('table')]
    expect(actors?.querySelectorAll('tbody tr')).toHaveLength(articleDataset.actors.length)
    const negotiations = articleDataset.relations.filter((r) => r.type === 'negotiation')
    expect(relations?.querySelectorAll('tbody tr')).toHaveLength(negotiations.length)
    expect(relations?.textContent).toContain(negotiations[0]?.evidence[0])
    const snapshot = await commands.ariaSnapshot('actor-network')
    expect(snapshot).toContain('table')
    expect(snapshot).toContain('columnheader "Evidence"')
  })
})

describe('motion', () => {
  test('with reduced motion, dragging moves only the dragged actor and nothing drifts afterwards', async () => {
    await commands.emulateMedia({ reducedMotion: 'reduce' })
    const el = await mount()
    const others = () =>
      nodes(el)
        .filter((n) => n.dataset.actorId !== 'machado')
        .map((n) => n.getAttribute('transform'))
    const before = others()
    const from = centre(node(el, 'machado'))
    await drag(from, { x: from.x + 50, y: from.y + 30 })
    await frames(30)
    expect(others()).toEqual(before)
    expect(centre(node(el, 'machado')).x).toBeCloseTo(from.x + 50, 0)
  })

  test('without reduced motion, the layout comes to rest by itself after a drag', async () => {
    const el = await mount()
    const from = centre(node(el, 'gonzalez'))
    await drag(from, { x: from.x - 80, y: from.y })
    const snapshot = () => nodes(el).map((n) => n.getAttribute('transform'))
    let previous = snapshot()
    let still = 0
    for (let frame = 0; frame < 300 && still < 10; frame++) {
      await frames(1)
      const now = snapshot()
      still = now.every((t, i) => t === previous[i]) ? still + 1 : 0
      previous = now
    }
    // 300 frames is 5 s at 60 fps; the layout must have stopped within that many frames.
    expect(still).toBeGreaterThanOrEqual(10)
  })
})

describe('colour and size', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`computed colours meet the contrast rules in the ${theme} theme`, async () => {
      const el = await mount(undefined, { attributes: { theme } })
      const background = toHex(
        getComputedStyle(shadow(el).querySelector('.frame') as Element).backgroundColor,
      )
      for (const type of ['cooperation', 'negotiation', 'opposition']) {
        const line = shadow(el).querySelector(`.edge--${type} .edge-line`) as Element
        expect(contrast(toHex(getComputedStyle(line).stroke), background), type).toBeGreaterThanOrEqual(3)
      }
      for (const kind of ['person', 'institution', 'group']) {
        const glyph = shadow(el).querySelector(`.node--${kind} .glyph`) as Element
        expect(contrast(toHex(getComputedStyle(glyph).fill), background), kind).toBeGreaterThanOrEqual(3)
      }
      const label = shadow(el).querySelector('.label') as Element
      expect(contrast(toHex(getComputedStyle(label).fill), background)).toBeGreaterThanOrEqual(4.5)
      const legend = shadow(el).querySelector('.legend-toggle') as Element
      expect(contrast(toHex(getComputedStyle(legend).color), background)).toBeGreaterThanOrEqual(4.5)
    })
  }

  test('without a theme attribute the widget follows prefers-color-scheme; the attribute overrides it', async () => {
    await commands.emulateMedia({ colorScheme: 'dark' })
    const el = await mount(validDataset)
    const background = () =>
      toHex(getComputedStyle(shadow(el).querySelector('.frame') as Element).backgroundColor)
    expect(background()).toBe(DARK.background)
    el.setAttribute('theme', 'light')
    await el.updateComplete
    expect(background()).toBe(LIGHT.background)
  })

  test('printed, a dark widget turns light (browsers leave backgrounds out) and keeps the graphic and the tables, not its tools', async () => {
    const el = await mount(validDataset, { attributes: { theme: 'dark' } })
    await commands.emulateMedia({ media: 'print' })
    const find = (selector: string) => shadow(el).querySelector(selector) as Element
    const shown = (selector: string) => getComputedStyle(find(selector)).display !== 'none'
    const paper = toHex(getComputedStyle(find('.frame')).backgroundColor)
    expect(paper).toBe(LIGHT.background)
    expect(contrast(toHex(getComputedStyle(find('.label')).fill), '#ffffff')).toBeGreaterThanOrEqual(4.5)
    expect(shown('svg.graph')).toBe(true)
    expect([shown('.tools'), shown('.controls')]).toEqual([false, false])
    expect(shadow(el).querySelectorAll('.print-only tbody tr')).toHaveLength(
      validDataset.actors.length + validDataset.relations.length,
    )
  })

  test('forced colours keep nodes, edges, dash patterns and the focus ring visible', async () => {
    await commands.emulateMedia({ forcedColors: 'active' })
    const el = await mount()
    const line = shadow(el).querySelector('.edge--negotiation .edge-line') as Element
    const style = getComputedStyle(line)
    expect(style.stroke).not.toBe('none')
    expect(style.strokeDasharray).not.toBe('none')
    const background = toHex(getComputedStyle(shadow(el).querySelector('.frame') as Element).backgroundColor)
    expect(contrast(toHex(style.stroke), background)).toBeGreaterThanOrEqual(3)
    const glyph = shadow(el).querySelector('.glyph') as Element
    expect(contrast(toHex(getComputedStyle(glyph).fill), background)).toBeGreaterThanOrEqual(3)
    await tabIntoGraph(el)
    const ring = (active(el) as SVGGElement).querySelector('.focus-ring') as Element
    expect(getComputedStyle(ring).stroke).not.toBe('none')
  })

  test('pointer targets are at least 24 × 24 CSS pixels, and take the pointer without being painted', async () => {
    const el = await mount()
    const hitBoxes = nodes(el).map((n) => (n.querySelector('.node-hit') as Element).getBoundingClientRect())
    let beyondGlyph = 0
    for (const [i, n] of nodes(el).entries()) {
      const box = hitBoxes[i] as DOMRect
      expect(Math.min(box.width, box.height), n.dataset.actorId).toBeGreaterThanOrEqual(24)
      // The hit circle is never painted, yet it takes the pointer: just inside its rim, beyond the glyph
      // (where no other actor's hit circle reaches).
      expect(getComputedStyle(n.querySelector('.node-hit') as Element).visibility).toBe('hidden')
      const glyph = (n.querySelector('.glyph') as Element).getBoundingClientRect()
      const [x, y] = [box.left + 2, box.top + box.height / 2]
      const covered = hitBoxes.some(
        (other, j) => j !== i && x >= other.left && x <= other.right && y >= other.top && y <= other.bottom,
      )
      if (x >= glyph.left || covered) continue
      beyondGlyph++
      expect(shadow(el).elementFromPoint(x, y)?.closest('.node'), n.dataset.actorId).toBe(n)
    }
    expect(beyondGlyph).toBeGreaterThan(0)

    // A relation takes the pointer 5 px beside its line, through its unpainted hit path.
    let beside = 0
    for (const edge of edges(el)) {
      const line = edge.querySelector('.edge-line') as SVGPathElement
      const half = line.getTotalLength() / 2
      const [a, b] = [line.getPointAtLength(half - 1), line.getPointAtLength(half + 1)]
      const length = Math.hypot(b.x - a.x, b.y - a.y) || 1
      const svgBox = (line.ownerSVGElement as SVGSVGElement).getBoundingClientRect()
      const x = svgBox.left + (a.x + b.x) / 2 - (5 * (b.y - a.y)) / length
      const y = svgBox.top + (a.y + b.y) / 2 + (5 * (b.x - a.x)) / length
      // Where relations run side by side (or an actor lies), the point may belong to another: most do not.
      const found = shadow(el).elementFromPoint(x, y)
      if (found?.closest('.edge') !== edge) continue
      beside++
      expect(found?.classList.contains('edge-hit'), edge.dataset.relationId).toBe(true)
    }
    expect(beside).toBeGreaterThan(edges(el).length / 2)
    // Buttons inside the closed Download menu are not on screen until it opens.
    for (const button of [...shadow(el).querySelectorAll('button')].filter((b) => b.checkVisibility())) {
      const box = button.getBoundingClientRect()
      expect(Math.min(box.width, box.height), button.textContent ?? '').toBeGreaterThanOrEqual(24)
    }
  })

  test('at 320 px wide the legend and controls reflow and nothing is cut off', async () => {
    const el = await mount(undefined, { width: 320, height: 420 })
    const host = el.getBoundingClientRect()
    for (const part of shadow(el).querySelectorAll('button, .credit')) {
      const box = part.getBoundingClientRect()
      expect(box.left, part.textContent ?? '').toBeGreaterThanOrEqual(host.left)
      expect(box.right, part.textContent ?? '').toBeLessThanOrEqual(host.right + 0.5)
      expect(box.bottom, part.textContent ?? '').toBeLessThanOrEqual(host.bottom + 0.5)
    }
  })
})

describe('axe', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`no violations in the loading, error, rendered, hovered, selected, filtered and table states (${theme})`, async () => {
      const loading = document.createElement('actor-network')
      loading.setAttribute('theme', theme)
      loading.setAttribute('src', '/__test__/never')
      document.body.append(loading)
      await loading.updateComplete
      await expectNoAxeViolations(loading, 'loading')

      const failing = document.createElement('actor-network')
      failing.setAttribute('theme', theme)
      const failed = nextEvent(failing, 'error')
      document.body.append(failing)
      failing.data = { title: 'broken' } as never
      await failed
      await failing.updateComplete
      await expectNoAxeViolations(failing, 'error')

      const el = await mount(validDataset, { attributes: { theme } })
      await expectNoAxeViolations(el, 'rendered')
      const { x, y } = centre(node(el, 'costa'))
      await hover(x, y)
      await el.updateComplete
      await expectNoAxeViolations(el, 'hovered')
      await click(x, y)
      await el.updateComplete
      await expectNoAxeViolations(el, 'selected')
      el.setAttribute('relations', 'cooperation')
      await el.updateComplete
      expect(edges(el)).toHaveLength(1)
      await expectNoAxeViolations(el, 'filtered')
      el.setAttribute('view', 'table')
      await el.updateComplete
      await expectNoAxeViolations(el, 'table')
    })
  }

  test('the table view of a widget shorter than its tables scrolls by keyboard, and says what it is', async () => {
    const el = await mount(articleDataset, { width: 600, height: 300 })
    el.setAttribute('view', 'table')
    await el.updateComplete
    const tables = shadow(el).querySelector('.tables') as HTMLElement
    expect(tables.scrollHeight).toBeGreaterThan(tables.clientHeight)
    await expectNoAxeViolations(el, 'scrolling table')
    // Reached with Tab from the toolbar, then scrolled with the arrow keys.
    tables.focus()
    expect(shadow(el).activeElement).toBe(tables)
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}')
    await expect.poll(() => tables.scrollTop).toBeGreaterThan(0)
  })
})

/** `rgb(r, g, b)` (as computed styles report colours) to `#rrggbb`. */
function toHex(color: string): string {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number)
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`
}
