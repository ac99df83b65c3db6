/**
 * SelectionController on its own: selecting and clearing an actor (with `actor-select` and what a screen
 * reader hears), the relation whose details are open, highlights, and the details panel it renders.
 */
import { html } from 'lit'
import { describe, expect, test, vi } from 'vitest'
import type { ActorSelectEvent, EvidenceSelectEvent } from '../../components/events.ts'
import { SelectionController } from '../../components/selection-controller.ts'
import { record } from '../element-helpers.ts'
import { connect, createHost, drawnData, fakeParts } from './host.ts'

async function setup() {
  const host = createHost()
  const data = drawnData()
  const notices = { announce: vi.fn() }
  const view = { centreOn: vi.fn() }
  const painter = { paint: vi.fn() }
  const story = { relations: () => new Set(['costa-dockworkers-talks']) as ReadonlySet<string> }
  const selection = new SelectionController(
    host,
    fakeParts({
      data,
      notices,
      view,
      painter,
      story,
      hover: { target: null },
      keyboard: { rovingId: () => 'costa' },
      gestures: { draggedNode: undefined },
    }),
  )
  host.beforeUpdate = (changed) => selection.willUpdate(changed)
  host.content = () => html`<svg class="graph"></svg>${selection.renderDetails()}`
  await connect(host)
  const events = record<ActorSelectEvent>(host, 'actor-select')
  return { host, selection, notices, view, painter, events }
}

const details = (host: HTMLElement) => host.shadowRoot?.querySelector('.details')

describe('select', () => {
  test('selects an actor, fires `actor-select` with it, and says so', async () => {
    const { host, selection, notices, events } = await setup()
    selection.select('costa')
    expect(host.selected).toBe('costa')
    expect(events.map((e) => e.actor?.name)).toEqual(['Ana Costa'])
    expect(notices.announce).toHaveBeenCalledWith('Selected Ana Costa.')
    await host.updateComplete
    expect(details(host)?.textContent).toContain('Ana Costa')
  })

  test('choosing the selected actor again clears the selection', async () => {
    const { host, selection, notices, events } = await setup()
    selection.select('costa')
    selection.select('costa')
    expect(host.selected).toBeUndefined()
    expect(events.map((e) => e.actor)).toEqual([expect.objectContaining({ id: 'costa' }), null])
    expect(notices.announce).toHaveBeenLastCalledWith('Selection cleared.')
    await host.updateComplete
    expect(details(host)).toBeNull()
  })

  test('clearing nothing fires nothing', async () => {
    const { selection, notices, events } = await setup()
    selection.select(undefined)
    expect(events).toHaveLength(0)
    expect(notices.announce).not.toHaveBeenCalled()
  })

  test('selectAndCentre selects once and brings the actor to the middle', async () => {
    const { host, selection, view, events } = await setup()
    selection.selectAndCentre('dockworkers')
    selection.selectAndCentre('dockworkers')
    expect(host.selected).toBe('dockworkers')
    expect(events).toHaveLength(1)
    expect(view.centreOn).toHaveBeenCalledTimes(2)
  })
})

describe('a relation’s details', () => {
  test('open over the selected actor’s, and close when another actor is selected', async () => {
    const { host, selection } = await setup()
    selection.select('costa')
    await host.updateComplete
    selection.selectRelation('council-port-lease')
    await host.updateComplete
    expect(details(host)?.textContent).toContain('drafted the lease together')
    host.selected = 'dockworkers'
    await host.updateComplete
    expect(selection.relation).toBeUndefined()
    expect(details(host)?.textContent).toContain('Dockworkers’ Union')
  })

  test('close first, then the actor’s, from the panel’s close button', async () => {
    const { host, selection } = await setup()
    selection.select('costa')
    await host.updateComplete
    selection.selectRelation('council-port-lease')
    await host.updateComplete
    const close = () =>
      details(host)?.querySelector<HTMLButtonElement>('button[aria-label^="Close"]')?.click()
    close()
    await host.updateComplete
    expect(selection.relation).toBeUndefined()
    expect(host.selected).toBe('costa')
    close()
    await host.updateComplete
    expect(host.selected).toBeUndefined()
  })

  test('choosing a quote fires `evidence-select` with it', async () => {
    const { host, selection } = await setup()
    const chosen = record<EvidenceSelectEvent>(host, 'evidence-select')
    selection.selectRelation('dockworkers-costa-strike')
    await host.updateComplete
    const quote = [
      ...(details(host)?.querySelectorAll<HTMLElement>('blockquote, .quote, button') ?? []),
    ].find((el) => el.textContent?.includes('The strike entered its third week.'))
    quote?.click()
    expect(chosen.map((e) => [e.relation.id, e.quote])).toEqual([
      ['dockworkers-costa-strike', 'The strike entered its third week.'],
    ])
  })

  test('are not shown in the table view', async () => {
    const { host, selection } = await setup()
    selection.select('costa')
    host.view = 'table'
    await host.updateComplete
    expect(details(host)).toBeNull()
  })
})

describe('painting', () => {
  test('paints the selection, hover, focus and the step’s relations onto the graphic', async () => {
    const { host, selection, painter } = await setup()
    selection.select('costa')
    selection.paint()
    const state = painter.paint.mock.lastCall?.[3]
    expect(state).toMatchObject({ selected: 'costa', roving: 'costa', hops: 1, hovered: null })
    expect([...state.highlighted]).toEqual(['costa-dockworkers-talks'])
    expect(painter.paint.mock.lastCall?.[0]).toBe(host.renderRoot.querySelector('svg.graph'))
  })

  test('the host’s highlight wins over the step’s; an empty one gives it back', async () => {
    const { selection, painter } = await setup()
    const highlighted = () => [...(painter.paint.mock.lastCall?.[3].highlighted ?? [])]
    selection.highlight(['council-port-lease'])
    expect(highlighted()).toEqual(['council-port-lease'])
    selection.highlight([])
    expect(highlighted()).toEqual(['costa-dockworkers-talks'])
  })
})
