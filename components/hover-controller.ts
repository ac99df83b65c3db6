/**
 * What the pointer (or the keyboard's focus) is on: the hovered actor or relation, the `actor-hover` and
 * `relation-hover` events, and the tooltip beside it.
 */
import { html, nothing, render } from 'lit'
import { ActorHoverEvent, RelationHoverEvent } from './events.ts'
import type { Target } from './graph-painter.ts'
import type { NetworkHost, NetworkParts } from './network-parts.ts'
import { actorTooltip, relationTooltip, tooltipPosition } from './tooltip.ts'

type Point = { x: number; y: number }

export class HoverController {
  /** The hovered actor or relation. */
  target: Target = null
  readonly #host: NetworkHost
  readonly #parts: NetworkParts
  /** Where the tooltip goes: by the pointer, or below a focused actor. */
  #tipAt: Point = { x: 0, y: 0 }
  #tipSize?: { width: number; height: number }
  /** Whether the tooltip has been rehearsed (see `warm`). */
  #warm = false

  constructor(host: NetworkHost, parts: NetworkParts) {
    this.#host = host
    this.#parts = parts
  }

  /** Hovers an actor, a relation or nothing; `at` moves the tooltip. */
  hover(target: Target, at?: Point) {
    if (at) this.#tipAt = at
    const previous = this.target
    if (target?.kind === previous?.kind && target?.id === previous?.id) {
      if (at) this.placeTooltip()
      return
    }
    this.target = target
    const { data } = this.#parts
    const host = this.#host
    // An event when the pointer enters an actor (or relation), or leaves one for anything else.
    const actor = target?.kind === 'actor' ? (data.node(target.id)?.actor ?? null) : null
    if (previous?.kind === 'actor' || actor) host.dispatchEvent(new ActorHoverEvent(actor))
    const link = target?.kind === 'relation' ? data.link(target.id) : undefined
    if (previous?.kind === 'relation' || link)
      host.dispatchEvent(new RelationHoverEvent(link?.relation ?? null))
    host.requestUpdate()
  }

  /**
   * Renders an actor's tooltip once, unseen, while the pointer is still on the graphic's ground on its way
   * to one. A page's first tooltip builds its templates and shapes its first bold and small text, which made
   * the first hover cost two or three times as much as any later one: a frame late.
   */
  warm() {
    const { graph, visibility } = this.#parts.data
    const tip = this.#host.renderRoot.querySelector('.tooltip')
    const node = graph?.nodes[0]
    if (this.#warm || !graph || !visibility || !node || !tip) return
    this.#warm = true
    const rehearsal = document.createElement('div')
    rehearsal.className = 'tooltip'
    rehearsal.style.setProperty('visibility', 'hidden')
    tip.after(rehearsal)
    render(actorTooltip(node, graph, visibility), rehearsal)
    // Reading its size lays it out now, not on the first hover.
    void rehearsal.offsetWidth
    rehearsal.remove()
  }

  renderTooltip() {
    const tooltip = this.#host.view === 'table' ? undefined : this.#content()
    return html`<div class="tooltip" part="tooltip" role="tooltip" ?hidden=${!tooltip}>${tooltip ?? nothing}</div>`
  }

  /**
   * Places the tooltip by the pointer. Its size is read once per content (after each render); a pointer move
   * only writes, because reading layout on every move would force a layout of the whole graphic each time.
   */
  placeTooltip(measure = false) {
    const tip = this.#host.renderRoot.querySelector<HTMLElement>('.tooltip')
    if (!tip || tip.hidden) return
    if (measure || !this.#tipSize) this.#tipSize = { width: tip.offsetWidth, height: tip.offsetHeight }
    const { x, y } = this.#tipAt
    const { left, top } = tooltipPosition(
      x,
      y,
      this.#tipSize.width,
      this.#tipSize.height,
      this.#parts.view.size,
    )
    // CSSOM writes, not a style attribute: a strict Content-Security-Policy blocks inline style attributes.
    tip.style.setProperty('transform', `translate(${Math.round(left)}px, ${Math.round(top)}px)`)
  }

  #content() {
    const { graph, dataset, visibility } = this.#parts.data
    const hovered = this.target
    if (!graph || !hovered || !dataset || !visibility) return undefined
    if (hovered.kind === 'actor') {
      const node = graph.nodeById.get(hovered.id)
      return node ? actorTooltip(node, graph, visibility) : undefined
    }
    const link = graph.links.find((l) => l.id === hovered.id)
    return link ? relationTooltip(link, dataset) : undefined
  }
}
