/**
 * HoverController on its own: `actor-hover` and `relation-hover` fire when what is under the pointer
 * changes, and only then; the tooltip shows what is hovered, beside the pointer.
 */
import { html } from 'lit'
import { expect, test } from 'vitest'
import type { ActorHoverEvent, RelationHoverEvent } from '../../components/events.ts'
import { HoverController } from '../../components/hover-controller.ts'
import { tooltipStyles } from '../../components/tooltip.ts'
import { record } from '../element-helpers.ts'
import { connect, createHost, drawnData, fakeParts } from './host.ts'

async function setup() {
  const host = createHost()
  const hover = new HoverController(
    host,
    fakeParts({ data: drawnData(), view: { size: { width: 600, height: 400 } } }),
  )
  host.content = () =>
    html`<div class="stage" style="position: relative; width: 600px; height: 400px">${hover.renderTooltip()}</div>`
  await connect(host)
  // The tooltip's own styles (a box of its size, placed on the stage), as the element adopts them.
  ;(host.shadowRoot as ShadowRoot).adoptedStyleSheets = [tooltipStyles.styleSheet as CSSStyleSheet]
  const actors = record<ActorHoverEvent>(host, 'actor-hover')
  const relations = record<RelationHoverEvent>(host, 'relation-hover')
  return { host, hover, actors, relations }
}

const tooltip = (host: HTMLElement) => host.shadowRoot?.querySelector('.tooltip') as HTMLElement

test('entering an actor fires `actor-hover` once, however long the pointer moves over it', async () => {
  const { hover, actors, relations } = await setup()
  hover.hover({ kind: 'actor', id: 'costa' }, { x: 10, y: 10 })
  hover.hover({ kind: 'actor', id: 'costa' }, { x: 12, y: 11 })
  expect(actors.map((e) => e.actor?.name)).toEqual(['Ana Costa'])
  expect(relations).toHaveLength(0)
})

test('moving from an actor to a relation, and off it, fires each event on each change', async () => {
  const { hover, actors, relations } = await setup()
  hover.hover({ kind: 'actor', id: 'costa' })
  hover.hover({ kind: 'actor', id: 'dockworkers' })
  hover.hover({ kind: 'relation', id: 'council-port-lease' })
  hover.hover({ kind: 'relation', id: 'council-port-lease' })
  hover.hover(null)
  hover.hover(null)
  expect(actors.map((e) => e.actor?.id ?? null)).toEqual(['costa', 'dockworkers', null])
  expect(relations.map((e) => e.relation?.id ?? null)).toEqual(['council-port-lease', null])
})

test('the tooltip shows what is hovered, and hides with nothing', async () => {
  const { host, hover } = await setup()
  expect(tooltip(host).hidden).toBe(true)
  hover.hover({ kind: 'actor', id: 'costa' }, { x: 100, y: 100 })
  await host.updateComplete
  expect(tooltip(host).hidden).toBe(false)
  expect(tooltip(host).textContent).toContain('Ana Costa')
  hover.hover({ kind: 'relation', id: 'council-port-lease' }, { x: 100, y: 100 })
  await host.updateComplete
  expect(tooltip(host).textContent).toContain('City Council')
  hover.hover(null)
  await host.updateComplete
  expect(tooltip(host).hidden).toBe(true)
})

test('the tooltip follows the pointer', async () => {
  const { host, hover } = await setup()
  hover.hover({ kind: 'actor', id: 'costa' }, { x: 100, y: 100 })
  await host.updateComplete
  hover.placeTooltip(true)
  const first = tooltip(host).getBoundingClientRect()
  expect(first.left).toBeGreaterThan(100)
  hover.hover({ kind: 'actor', id: 'costa' }, { x: 200, y: 150 })
  const moved = tooltip(host).getBoundingClientRect()
  expect(moved.left - first.left).toBeCloseTo(100, 0)
  expect(moved.top - first.top).toBeCloseTo(50, 0)
})

test('there is no tooltip in the table view', async () => {
  const { host, hover } = await setup()
  host.view = 'table'
  hover.hover({ kind: 'actor', id: 'costa' })
  await host.updateComplete
  expect(tooltip(host).hidden).toBe(true)
})

test('warming renders an actor’s tooltip unseen, once, then leaves no trace and fires nothing', async () => {
  const { host, hover, actors, relations } = await setup()
  const root = host.shadowRoot as ShadowRoot
  const rehearsals: HTMLElement[] = []
  const observer = new MutationObserver((records) => {
    for (const { addedNodes } of records)
      for (const n of addedNodes) if (n instanceof HTMLElement && n.matches('.tooltip')) rehearsals.push(n)
  })
  observer.observe(root, { childList: true, subtree: true })
  hover.warm()
  hover.warm()
  await Promise.resolve()
  observer.disconnect()
  // Once, the first actor's.
  expect(rehearsals.map((r) => r.querySelector('.tip-title')?.textContent)).toEqual(['Ana Costa'])
  expect(rehearsals.every((r) => !r.isConnected && r.style.visibility === 'hidden')).toBe(true)
  expect(root.querySelectorAll('.tooltip')).toHaveLength(1)
  expect(tooltip(host).hidden).toBe(true)
  expect(actors).toHaveLength(0)
  expect(relations).toHaveLength(0)
})
