/**
 * The widget inside pages it does not control: a strict Content-Security-Policy, aggressive page CSS,
 * scaled and zoomed containers, markup before the script (and the room a page keeps for it), the script
 * loaded twice or not at all, lazy loading far below the fold, a page that scrolls, a page with keyboard
 * shortcuts of its own, and web fonts that arrive late or never.
 */
import { afterEach, describe, expect, test } from 'vitest'
import { commands, userEvent } from 'vitest/browser'
import type { ActorNetwork } from '../components/actor-network.ts'
import { until } from './async-helpers.ts'
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
  overlappingLabels,
  record,
  shadow,
  visibleLabelBoxes,
} from './element-helpers.ts'

afterEach(() => {
  for (const el of document.querySelectorAll('actor-network, iframe, .host-fixture')) el.remove()
  document.body.style.height = ''
  window.scrollTo(0, 0)
})

interface Probe {
  violations: string[]
  errors: string[]
}

/** Opens one of the host pages of `test/pages/` in an iframe and waits until its first widget has drawn. */
async function openHostPage(name: string, { waitForNetwork = true, width = 840 } = {}) {
  const frame = document.createElement('iframe')
  frame.src = `/__test__/page/${name}`
  frame.width = String(width)
  frame.height = '620'
  frame.style.border = '0'
  frame.style.display = 'block'
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }))
  document.body.append(frame)
  await loaded
  const win = frame.contentWindow as Window & { __probe?: Probe }
  const doc = frame.contentDocument as Document
  const widget = () => doc.querySelector('actor-network') as ActorNetwork
  for (let i = 0; waitForNetwork && i < 400; i++) {
    if (widget().shadowRoot?.querySelector('[part~="node"]')) break
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  if (waitForNetwork) await frames(3)
  /** A point inside the frame's document, in this (the test) document's coordinates. */
  const outer = (p: { x: number; y: number }) => {
    const box = frame.getBoundingClientRect()
    return { x: box.left + p.x, y: box.top + p.y }
  }
  return { frame, win, doc, widget, outer }
}

describe('a strict Content-Security-Policy', () => {
  test('renders, hovers, drags and filters with no policy violation', async () => {
    const page = await openHostPage('csp.html')
    const el = page.widget()
    expect(nodes(el)).toHaveLength(articleDataset.actors.length)

    const machado = node(el, 'machado')
    const at = page.outer(centre(machado))
    await hover(at.x, at.y)
    await el.updateComplete
    const tooltip = shadow(el).querySelector('[part="tooltip"]') as HTMLElement
    expect(tooltip.hidden).toBe(false)
    expect(tooltip.textContent).toContain('María Corina Machado')
    // The tooltip is placed through CSSOM, which the policy allows, not through a style attribute, which it blocks.
    expect(page.win.getComputedStyle(tooltip).transform).not.toBe('none')

    await drag(at, { x: at.x + 50, y: at.y + 30 })
    await frames(3)
    const moved = page.outer(centre(machado))
    expect(moved.x).toBeCloseTo(at.x + 50, 0)
    expect(moved.y).toBeCloseTo(at.y + 30, 0)

    ;(
      shadow(el).querySelector('[part~="legend-toggle"][data-relation-type="cooperation"]') as HTMLElement
    ).click()
    await el.updateComplete
    expect(shadow(el).querySelectorAll('[part~="edge"][data-relation-type="cooperation"]')).toHaveLength(0)

    expect(page.win.__probe?.violations).toEqual([])
    expect(page.win.__probe?.errors).toEqual([])
  })

  test('Download › PNG, which the policy refuses (no blob: images), says so on screen and to screen readers', async () => {
    const page = await openHostPage('csp.html')
    const el = page.widget()
    const menu = shadow(el).querySelector('[part="export"]') as HTMLDetailsElement
    menu.open = true
    const png = [...menu.querySelectorAll('button')].find((b) => b.textContent === 'PNG') as HTMLElement
    png.click()
    const hint = shadow(el).querySelector('.hint') as HTMLElement
    await until(() => hint.classList.contains('is-shown'), 'the notice', 3000)
    expect(hint.textContent).toBe('The PNG could not be made on this page. SVG works.')
    expect(page.win.getComputedStyle(hint).opacity).toBe('1')
    // The notice stays within the graphic, on as many lines as it needs.
    const stage = (shadow(el).querySelector('.stage') as HTMLElement).getBoundingClientRect()
    const box = hint.getBoundingClientRect()
    expect(box.left).toBeGreaterThanOrEqual(stage.left)
    expect(box.right).toBeLessThanOrEqual(stage.right)
    expect(shadow(el).querySelector('[role="status"][aria-live]')?.textContent).toBe(hint.textContent)
    // The one refusal is the policy's own report of the blob: image.
    expect(page.win.__probe?.violations.map((v) => v.split(' ').slice(0, 2).join(' '))).toEqual([
      'img-src blob',
    ])
    expect(page.win.__probe?.errors).toEqual([])
  })

  test('under Trusted Types: renders, opens details, the table and search, and exports SVG and PNG', async () => {
    const page = await openHostPage('csp.html?trusted-types')
    const el = page.widget()
    expect(nodes(el)).toHaveLength(articleDataset.actors.length)

    el.selected = 'ratcliffe'
    await el.updateComplete
    expect(shadow(el).querySelector('[part="details"]')?.textContent).toContain('C.I.A. director')
    const search = shadow(el).querySelector('[part="search"] input') as HTMLInputElement
    search.focus()
    await userEvent.keyboard('Machado')
    await el.updateComplete
    expect(shadow(el).querySelector('[part="search"] [role="option"]')?.textContent).toContain(
      'María Corina Machado',
    )
    ;(shadow(el).querySelector('[part="view-toggle"]') as HTMLElement).click()
    await el.updateComplete
    expect(shadow(el).querySelectorAll('[part="table"] tbody tr').length).toBeGreaterThan(20)
    ;(shadow(el).querySelector('[part="view-toggle"]') as HTMLElement).click()
    await el.updateComplete

    expect(el.toSVG()).toContain(articleDataset.title)
    const png = await el.toPNG(1)
    expect(png.type).toBe('image/png')
    expect(png.size).toBeGreaterThan(1000)

    expect(page.win.__probe?.violations).toEqual([])
    expect(page.win.__probe?.errors).toEqual([])
  })
})

describe('aggressive page CSS', () => {
  test('inherited fonts, spacing, case, colour and direction, and global svg/text/button rules change nothing', async () => {
    const plain = await mount(articleDataset, { width: 800, height: 560 })
    const look = (el: ActorNetwork) => ({
      positions: nodes(el).map((n) => n.getAttribute('transform')),
      label: (() => {
        const style = getComputedStyle(shadow(el).querySelector('.label') as Element)
        return [style.fontSize, style.fontFamily, style.letterSpacing, style.textTransform, style.fill].join(
          '|',
        )
      })(),
      buttons: [...shadow(el).querySelectorAll('button')].map((b) => {
        const box = b.getBoundingClientRect()
        const style = getComputedStyle(b)
        return [
          Math.round(box.width),
          Math.round(box.height),
          style.fontSize,
          style.textTransform,
          style.color,
        ].join('|')
      }),
      credit: getComputedStyle(shadow(el).querySelector('.credit') as Element).fontSize,
      // Where things are drawn, from the widget's corner: the toolbar's order and the labels beside their actors.
      // (Shown ones only: where a hidden one "is" follows the page, not the widget.)
      boxes: [...shadow(el).querySelectorAll('.bar button, .label')]
        .filter((item) => item.checkVisibility())
        .map((item) => {
          const box = item.getBoundingClientRect()
          const origin = el.getBoundingClientRect()
          return [Math.round(box.left - origin.left), Math.round(box.top - origin.top)].join(',')
        }),
    })
    const expected = look(plain)
    plain.remove()

    const style = document.createElement('style')
    style.className = 'host-fixture'
    style.textContent = `
      * { box-sizing: content-box !important; }
      html, body, actor-network { font: italic 700 31px/3.2 "Comic Sans MS", cursive; letter-spacing: 4px;
        word-spacing: 9px; text-transform: uppercase; color: #f0f; text-align: right; white-space: pre;
        direction: rtl; }
      svg { fill: red; stroke: lime; stroke-width: 9px; overflow: visible; }
      text { font-size: 40px !important; fill: blue; }
      button { padding: 30px; font-size: 25px; background: yellow; border: 6px solid red; text-transform: uppercase; }
      path, circle, line { stroke-dasharray: 1 9; }`
    document.head.append(style)
    const hostile = await mount(articleDataset, { width: 800, height: 560 })
    expect(look(hostile)).toEqual(expected)
  })
})

describe('containers that size the widget by its content', () => {
  // A flex row, a float, an inline-block and a table cell ask the widget how wide it wants to be.
  const hosts: [string, string, string][] = [
    ['a flex row', 'display: flex; gap: 10px', ''],
    ['a narrow flex row with a sidebar', 'display: flex; width: 500px', 'sidebar'],
    ['a float', 'overflow: hidden', 'float: left'],
    ['an inline-block in a narrow column', 'width: 400px', 'display: inline-block'],
    ['a table cell', 'display: table-cell', ''],
  ]
  for (const [name, containerCss, widgetCss] of hosts) {
    test(`in ${name} it takes 640 px or the room there is, and draws its network`, async () => {
      const container = document.createElement('div')
      container.className = 'host-fixture'
      container.style.cssText = containerCss
      if (widgetCss === 'sidebar') {
        const sidebar = document.createElement('div')
        sidebar.style.cssText = 'flex: none; width: 250px'
        container.append(sidebar)
      }
      const el = document.createElement('actor-network')
      if (widgetCss !== 'sidebar') el.style.cssText = widgetCss
      container.append(el)
      document.body.append(container)
      const ready = nextEvent(el, 'network-ready')
      el.data = articleDataset
      await ready
      await frames(2)
      const room = container.getBoundingClientRect().width - (widgetCss === 'sidebar' ? 250 : 0)
      const box = el.getBoundingClientRect()
      expect(box.width).toBeCloseTo(Math.min(640, room), 0)
      expect(box.height).toBeGreaterThan(300)
      const glyph = (node(el, 'ratcliffe').querySelector('.glyph') as Element).getBoundingClientRect()
      expect(glyph.left).toBeGreaterThanOrEqual(box.left)
      expect(glyph.right).toBeLessThanOrEqual(box.right)
    })
  }
})

test('inside another component’s shadow root, hover, click, the keyboard and the legend work', async () => {
  // Design systems and app frameworks (Lit, Salesforce, Angular Elements) put embeds inside their own shadow trees.
  const outer = document.createElement('div')
  outer.className = 'host-fixture'
  const root = outer.attachShadow({ mode: 'open' })
  document.body.append(outer)
  const el = document.createElement('actor-network')
  el.style.cssText = 'width: 800px; height: 560px'
  const ready = nextEvent(el, 'network-ready')
  root.append(el)
  el.data = articleDataset
  await ready
  await frames(2)

  const hovers = record<CustomEvent>(el, 'actor-hover')
  const at = centre(node(el, 'ratcliffe'))
  await hover(at.x, at.y)
  expect(hovers.at(-1)?.detail.actor.id).toBe('ratcliffe')
  await click(at.x, at.y)
  expect(el.selected).toBe('ratcliffe')

  // Focus follows the arrow keys from the selected actor, within the widget's own shadow root.
  ;(node(el, 'ratcliffe') as SVGGElement).focus()
  await userEvent.keyboard('{End}')
  const focused = shadow(el).activeElement as SVGElement | null
  expect(focused?.dataset.actorId).toBe(articleDataset.actors.at(-1)?.id)

  const toggle = shadow(el).querySelector('[data-relation-type="opposition"]') as HTMLButtonElement
  const filters = record<CustomEvent>(el, 'filter-change')
  toggle.click()
  await el.updateComplete
  expect(filters.at(-1)?.detail.relations).toEqual(['cooperation', 'negotiation'])
})

test('a page whose scripts extended Object.prototype and Array.prototype still gets its network', async () => {
  // Old libraries and careless scripts add enumerable properties to the built-in prototypes.
  const objects = Object.prototype as Record<string, unknown>
  const arrays = Array.prototype as unknown as Record<string, unknown>
  objects.extra = 'from the page'
  arrays.each = function each() {}
  try {
    const el = document.createElement('actor-network')
    el.style.cssText = 'width: 800px; height: 560px'
    const outcome = Promise.race([nextEvent(el, 'network-ready'), nextEvent(el, 'error')])
    document.body.append(el)
    el.data = articleDataset
    expect((await outcome).type).toBe('network-ready')
    expect(nodes(el)).toHaveLength(articleDataset.actors.length)
    expect(edges(el)).toHaveLength(articleDataset.relations.length)
  } finally {
    delete objects.extra
    delete arrays.each
  }
})

test('it never grows past its column, unless the page widens it with max-width: none (a full-bleed layout)', async () => {
  const column = document.createElement('div')
  column.className = 'host-fixture'
  column.style.width = '500px'
  document.body.append(column)
  const el = document.createElement('actor-network')
  el.style.width = '700px'
  column.append(el)
  expect(el.getBoundingClientRect().width).toBe(500)
  el.style.maxWidth = 'none'
  expect(el.getBoundingClientRect().width).toBe(700)
})

describe('a scaled or zoomed container', () => {
  for (const [name, css] of [
    ['transform: scale(0.75)', { transform: 'scale(0.75)', transformOrigin: '0 0' }],
    ['zoom: 1.25', { zoom: '1.25' }],
  ] as const) {
    test(`hover and drag follow the pointer inside ${name}`, async () => {
      const container = document.createElement('div')
      container.className = 'host-fixture'
      Object.assign(container.style, css)
      document.body.append(container)
      const el = document.createElement('actor-network')
      el.style.width = '800px'
      el.style.height = '560px'
      container.append(el)
      const ready = nextEvent(el, 'network-ready')
      el.data = articleDataset
      await ready
      await frames(2)

      const hovers = record<CustomEvent>(el, 'actor-hover')
      const gonzalez = node(el, 'gonzalez')
      const at = centre(gonzalez)
      await hover(at.x, at.y)
      expect(hovers.at(-1)?.detail.actor.id).toBe('gonzalez')

      await drag(at, { x: at.x + 40, y: at.y + 30 })
      await frames(3)
      const moved = centre(gonzalez)
      expect(moved.x).toBeCloseTo(at.x + 40, 0)
      expect(moved.y).toBeCloseTo(at.y + 30, 0)
    })
  }
})

describe('loading', () => {
  test('markup before the script upgrades, the script loaded twice does not throw, and later elements work', async () => {
    const page = await openHostPage('upgrade.html')
    const early = page.widget()
    expect(nodes(early)).toHaveLength(articleDataset.actors.length)
    // Once upgraded, the widget replaces its light-DOM fallback.
    expect((page.doc.getElementById('fallback') as HTMLElement).getBoundingClientRect().width).toBe(0)
    expect(page.win.__probe?.errors).toEqual([])

    const later = page.doc.createElement('actor-network') as ActorNetwork
    later.setAttribute('src', '/__test__/data/ratcliffe-rodriguez-caracas.json')
    const ready = nextEvent(later, 'network-ready')
    page.doc.body.append(later)
    await ready
    expect(nodes(later)).toHaveLength(articleDataset.actors.length)
  })

  test.each([840, 390])(
    'at %i px, with the README’s rules for the page, nothing below moves when the widget upgrades',
    async (width) => {
      // Before its script runs the element is unknown, inline and as tall as its fallback link: without room
      // kept for it, the article below jumps by the graphic's height (a layout shift, counted in Core Web Vitals).
      const page = await openHostPage('reserve.html', { waitForNetwork: false, width })
      const textBelow = () => (page.doc.getElementById('after') as HTMLElement).getBoundingClientRect().top
      const before = textBelow()
      const script = page.doc.createElement('script')
      script.type = 'module'
      script.src = '/components/index.ts'
      const ready = nextEvent(page.widget(), 'network-ready')
      // Where the text stands at every turn the page gets while the widget upgrades, renders and draws: the
      // upgrade ends the rules' reserved room, so the element must hold it itself from that task on.
      const seen = new Set<number>()
      const turns = new MessageChannel()
      turns.port1.onmessage = () => {
        seen.add(Math.round(textBelow()))
        turns.port2.postMessage(undefined)
      }
      turns.port2.postMessage(undefined)
      page.doc.head.append(script)
      await ready
      await frames(2)
      turns.port1.close()
      expect([...seen]).toEqual([Math.round(before)])
      expect(nodes(page.widget())).toHaveLength(articleDataset.actors.length)
      expect(textBelow()).toBeCloseTo(before, 0)
      expect(page.win.__probe?.errors).toEqual([])
    },
  )

  test('if the script fails to load, the light-DOM fallback stays visible', async () => {
    const page = await openHostPage('fallback.html', { waitForNetwork: false })
    const link = page.doc.getElementById('fallback') as HTMLAnchorElement
    expect(link.getBoundingClientRect().width).toBeGreaterThan(0)
    expect(page.widget().shadowRoot).toBeNull()
  })

  test('loading="lazy" fetches nothing until the widget comes near the viewport', async () => {
    // A scroller of its own, so the test does not depend on the size of the page it runs in.
    const scroller = document.createElement('div')
    scroller.className = 'host-fixture'
    scroller.style.height = '300px'
    scroller.style.overflow = 'auto'
    const spacer = document.createElement('div')
    spacer.style.height = '4000px'
    scroller.append(spacer)
    document.body.append(scroller)
    const el = document.createElement('actor-network')
    el.setAttribute('loading', 'lazy')
    const url = `/__test__/data/ratcliffe-rodriguez-caracas.json?lazy=${Math.random()}`
    el.setAttribute('src', url)
    el.style.height = '300px'
    // Requests are counted at `fetch` itself: the page's resource-timing buffer (250 entries) can be full of
    // the dev server's modules by the time this runs, and then it records nothing.
    const requested: string[] = []
    const realFetch = window.fetch
    window.fetch = (input, init) => {
      requested.push(input instanceof Request ? input.url : String(input))
      return realFetch(input, init)
    }
    try {
      scroller.append(el)
      await el.updateComplete
      await frames(10)
      const fetched = () => requested.some((address) => address.endsWith(url))
      expect(fetched()).toBe(false)
      expect(nodes(el)).toHaveLength(0)
      const ready = nextEvent(el, 'network-ready')
      el.scrollIntoView()
      await ready
      expect(fetched()).toBe(true)
      expect(nodes(el)).toHaveLength(articleDataset.actors.length)
    } finally {
      window.fetch = realFetch
    }
  })
})

test('in a page that scrolls, a plain wheel over the widget scrolls the page, not the graph', async () => {
  document.body.style.height = '4000px'
  const el = await mount(articleDataset, { width: 800, height: 500 })
  const before = el.transform
  const box = el.getBoundingClientRect()
  await commands.input([{ type: 'wheel', x: box.left + box.width / 2, y: box.top + box.height / 2, dy: 300 }])
  for (let i = 0; i < 30 && window.scrollY === 0; i++) await frames(1)
  expect(window.scrollY).toBeGreaterThan(0)
  expect(el.transform).toEqual(before)
})

test('a page’s keyboard shortcuts never take the keys the widget uses: typing in its search, moving between actors', async () => {
  const el = await mount(articleDataset, { width: 800, height: 560 })
  // How hotkey helpers and a docs site's "/" for search tell typing from a shortcut: by the event's target,
  // which outside the shadow root is the widget itself, never the field inside it.
  const shortcuts: string[] = []
  const onKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement
    if (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable) return
    shortcuts.push(`${event.type} ${event.key}`)
    if (event.key === '/') event.preventDefault()
  }
  const types = ['keydown', 'keypress', 'keyup'] as const
  for (const type of types) document.addEventListener(type, onKey)
  try {
    const input = shadow(el).querySelector('.search input') as HTMLInputElement
    input.focus()
    await userEvent.keyboard('s/Ma')
    expect(input.value).toBe('s/Ma')
    await userEvent.keyboard('{Backspace}{Backspace}{Backspace}{Backspace}Ma{ArrowDown}{Escape}{Escape}')
    expect(input.value).toBe('')
    expect(shortcuts).toEqual([])
    // An Escape with nothing left to close, and a Ctrl chord (a site's command palette), are the page's.
    await userEvent.keyboard('{Escape}{Control>}k{/Control}')
    expect(shortcuts).toContain('keydown Escape')
    expect(shortcuts).toContain('keydown k')

    shortcuts.length = 0
    ;(node(el, 'ratcliffe') as SVGGElement).focus()
    await userEvent.keyboard('{ArrowRight}{End}{+}{Enter}')
    expect(el.selected).toBe(articleDataset.actors.at(-1)?.id)
    expect(shortcuts).toEqual([])
    // A key the graphic does not use still reaches the page, as it would from any focused button.
    await userEvent.keyboard('j')
    expect(shortcuts).toEqual(['keydown j', 'keypress j', 'keyup j'])
    // Escape clears the selection, then leaves the actor for the overview; after that it is the page's.
    await userEvent.keyboard('{Escape}{Escape}')
    expect(el.selected).toBeFalsy()
    expect(shortcuts).toHaveLength(3)
    await userEvent.keyboard('{Escape}')
    expect(shortcuts.slice(3)).toEqual(['keydown Escape', 'keyup Escape'])
  } finally {
    for (const type of types) document.removeEventListener(type, onKey)
  }
})

test('a host font that arrives after the widget has drawn: labels are measured again and do not overlap', async () => {
  // A newsroom sets its own web font, which arrives after the first draw. The face is half as wide again as
  // the fallback (`size-adjust`), so labels measured in the fallback are too short for their text.
  const face = new FontFace(
    'Host Late Font',
    'url(/__test__/font/late)',
    // `size-adjust` (Chrome 92, Firefox 92, Safari 17) is not in TypeScript's DOM types yet.
    { sizeAdjust: '150%' } as FontFaceDescriptors,
  )
  document.fonts.add(face)
  try {
    const el = await mount(articleDataset, {
      width: 800,
      height: 560,
      attributes: { style: "--actor-network-font: 'Host Late Font', sans-serif" },
    })
    expect(face.status).toBe('loading')
    await fetch('/__test__/release/late')
    await face.loaded
    await el.updateComplete
    await frames(3)
    expect(visibleLabelBoxes(el).length).toBeGreaterThan(articleDataset.actors.length / 2)
    expect(overlappingLabels(el)).toEqual([])
  } finally {
    document.fonts.delete(face)
  }
})

test('a host font that fails to load (a 404, or a page whose font-src refuses it): drawn in the fallback, asked for once', async () => {
  const face = new FontFace('Host Broken Font', 'url(/__test__/status/404)')
  document.fonts.add(face)
  const load = document.fonts.load.bind(document.fonts)
  let asked = 0
  document.fonts.load = (...args) => {
    // A failed face stays unloaded: asking again on every answer would spin forever and freeze the page,
    // so past a few calls this throws to end the test with a failure rather than a hang.
    if (++asked > 5) throw new Error('the widget keeps asking for a font that failed')
    return load(...args)
  }
  try {
    const el = await mount(articleDataset, {
      attributes: { style: "--actor-network-font: 'Host Broken Font', sans-serif" },
    })
    await frames(10)
    expect(face.status).toBe('error')
    expect(asked).toBe(1)
    expect(nodes(el)).toHaveLength(articleDataset.actors.length)
    expect(overlappingLabels(el)).toEqual([])
  } finally {
    document.fonts.load = load
    document.fonts.delete(face)
  }
})
