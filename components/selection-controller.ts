/**
 * The reader's selection and what is lit: the selected actor (the host's `selected`), the relation whose
 * details are open, relations the host or a story step highlights, and the painting of all of it (with
 * the hover and the keyboard's focus) onto the drawn network. The details panel shows the selection.
 */
import { nothing, type PropertyValues } from 'lit'
import type { Relation } from '../src/dataset.ts'
import { actorDetails, type DetailsActions, relationDetails } from './details-panel.ts'
import { ActorSelectEvent, EvidenceSelectEvent } from './events.ts'
import type { NetworkHost, NetworkParts } from './network-parts.ts'

export class SelectionController {
  /** The relation whose details are open (a click on an edge, or a link in an actor's details). */
  relation?: string
  readonly #host: NetworkHost
  readonly #parts: NetworkParts
  /** Relations the host asked to highlight; when none, the story step's. */
  #highlighted: ReadonlySet<string> = new Set()
  readonly #actions: DetailsActions = {
    selectActor: (id) => this.selectAndCentre(id),
    selectRelation: (id) => this.selectRelation(id),
    chooseQuote: (relation: Relation, quote: string) =>
      this.#host.dispatchEvent(new EvidenceSelectEvent(relation, quote)),
    close: () => (this.relation ? this.selectRelation(undefined) : this.select(undefined)),
  }

  constructor(host: NetworkHost, parts: NetworkParts) {
    this.#host = host
    this.#parts = parts
  }

  /** From the host's `willUpdate`: another selected actor closes a relation's details. */
  willUpdate(changed: PropertyValues) {
    if (changed.has('selected')) this.relation = undefined
  }

  /** Selects an actor, or clears the selection (also when the selected actor is chosen again). */
  select(id: string | undefined) {
    const host = this.#host
    const next = id && id !== host.selected ? id : undefined
    this.relation = undefined
    if (next === host.selected) return host.requestUpdate()
    host.selected = next
    const actor = next ? (this.#parts.data.node(next)?.actor ?? null) : null
    this.#parts.notices.announce(actor ? `Selected ${actor.name}.` : 'Selection cleared.')
    host.dispatchEvent(new ActorSelectEvent(actor))
  }

  /** Opens a relation's details, or closes them (undefined). */
  selectRelation(id: string | undefined) {
    this.relation = id
    this.#host.requestUpdate()
  }

  /** Selects an actor chosen by name (in the search box or the details panel) and brings it to the middle. */
  selectAndCentre(id: string) {
    if (id !== this.#host.selected) this.select(id)
    this.#parts.view.centreOn(id)
  }

  /** Highlights relations (and their actors); an empty list clears it. */
  highlight(relationIds: Iterable<string>) {
    this.#highlighted = new Set(relationIds)
    this.paint()
  }

  /** Paints hover, selection, highlights, the keyboard's focus and the dragged actor onto the drawn network. */
  paint() {
    const { data, gestures, hover, keyboard, painter, story } = this.#parts
    const { graph, visibility } = data
    const svg = this.#host.renderRoot.querySelector<SVGSVGElement>('svg.graph')
    if (!graph || !visibility || !svg) return
    painter.paint(svg, graph, visibility, {
      hovered: hover.target,
      selected: this.#host.selected,
      roving: keyboard.rovingId(),
      highlighted: this.#highlighted.size ? this.#highlighted : story.relations(),
      selectedRelation: this.relation,
      hops: this.#host.hops,
      dragged: gestures.draggedNode?.id,
    })
  }

  /** The details panel of the selected relation, else of the selected actor, else nothing. */
  renderDetails() {
    const { data } = this.#parts
    const ready = data.ready
    if (!ready || this.#host.view === 'table') return nothing
    const link = this.relation ? ready.visibility.links.find((l) => l.id === this.relation) : undefined
    if (link && data.dataset) return relationDetails(link, data.dataset, this.#actions)
    const node = this.#host.selected ? ready.graph.nodeById.get(this.#host.selected) : undefined
    return node ? actorDetails(node, ready.graph, ready.visibility, this.#actions) : nothing
  }
}
