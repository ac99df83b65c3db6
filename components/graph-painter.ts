/**
 * Writes the drawn network: positions, edge paths and label placements for a view transform, and the
 * hover/selection state as classes and parts. Lit renders the SVG structure once per dataset or filter;
 * this class then touches only attributes, so a frame costs one pass of writes and no template work.
 */

import type { Visibility } from '../src/filter.ts'
import { ARROW, arrowHead, distanceToEdge, type EdgeShape, edgePath, LANE_SPACING } from '../src/geometry.ts'
import { byDegree, type Graph, type GraphNode, type RelationLink } from '../src/graph.ts'
import { type LabelPlacement, placeLabels } from '../src/labels.ts'
import { glyphRim } from '../src/shapes.ts'
import { type Transform, toScreen } from '../src/viewport.ts'
import { edgeElements } from './graph-template.ts'
import { measurer } from './measure-text.ts'

/** What the pointer or keyboard focus is on. */
export type Target = { kind: 'actor'; id: string } | { kind: 'relation'; id: string } | null

/** The least room a label takes, top to bottom: the default 12.5 px label with its halo. */
const LABEL_HEIGHT = 17

export interface PaintState {
  readonly hovered: Target
  readonly selected: string | undefined
  /** The actor holding the graph's single tab stop. */
  readonly roving: string | undefined
  /** Relations highlighted by the host or a story step: they and their actors stay, the rest dims. */
  readonly highlighted?: ReadonlySet<string>
  /** The selected relation, drawn active. */
  readonly selectedRelation?: string
  /** The actor being dragged, if any. */
  readonly dragged?: string
  /** How far a selection's highlighted neighbourhood reaches: 1 (neighbours) or 2 (their neighbours too). */
  readonly hops?: number
}

interface EdgeElements {
  readonly group: SVGGElement
  /** The wide invisible path that catches the pointer; large networks go without it. */
  readonly hit: SVGPathElement | null
  readonly line: SVGPathElement
}

type ScreenPoint = { x: number; y: number; r: number }

export class GraphPainter {
  #nodes = new Map<string, SVGGElement>()
  #labels = new Map<string, SVGTextElement>()
  #edges = new Map<string, EdgeElements>()
  /** Large networks: each relation type's group, where #drawBulk writes its relations (see graph-template.ts). */
  #bulk = new Map<string, SVGGElement>()
  /** The side of the cells that cut the relations drawn in bulk (see `#drawBulk`), in CSS pixels. */
  #bulkCell = 32
  /** Every visible relation's curve as last drawn, for the bulk paths and for finding one under the pointer. */
  #shapes = new Map<RelationLink, EdgeShape>()
  #tethers: SVGLineElement[] = []
  #labelWidths = new Map<string, number>()
  /** Where each label sits relative to its actor, from the last placement: a moved actor takes it along. */
  #labelOffsets = new Map<string, LabelPlacement>()
  #layer?: SVGGElement
  /** The transform the positions were last written for; a zoom preview scales the layer from it. */
  #drawn?: Transform
  /** Screen positions from the last full draw, so a partial redraw reuses them. */
  #screen = new Map<GraphNode, ScreenPoint>()
  /**
   * Large networks only: the lift layer, a second SVG over the graph with a veil and copies of the
   * elements that hover, selection or a drag bring forward. Dimming thousands of elements, or moving a
   * few among them, makes the browser restyle and repaint the whole graph on every change; with the
   * copies in a layer of their own, the graph beneath is left untouched and only the layer repaints.
   */
  #lift?: { svg: SVGSVGElement; edges: SVGGElement; nodes: SVGGElement; labels: SVGGElement }
  /** The lift layer's groups of copies, which a zoom preview transforms together. */
  get #liftGroups(): SVGGElement[] {
    const lift = this.#lift
    return lift ? [lift.edges, lift.nodes, lift.labels] : []
  }
  /** Each lifted element, and every element inside it, mapped to its copy in the lift layer. */
  #copies = new Map<Element, Element>()
  /** The lifted elements by key (`n:` actor id, `l:` its label, `e:` relation id, `t:` tether index). */
  #lifted = new Map<string, Element>()

  /** Finds the rendered elements; call after Lit re-rendered the structure. */
  collect(root: ParentNode) {
    this.#layer = root.querySelector<SVGGElement>('.layer') ?? undefined
    this.#copies.clear()
    this.#lifted.clear()
    const lift = root.querySelector<SVGSVGElement>('svg.lift')
    const edges = lift?.querySelector<SVGGElement>('.lift-edges')
    const nodes = lift?.querySelector<SVGGElement>('.lift-nodes')
    const labels = lift?.querySelector<SVGGElement>('.lift-labels')
    this.#lift = lift && edges && nodes && labels ? { svg: lift, edges, nodes, labels } : undefined
    for (const group of [edges, nodes, labels]) group?.replaceChildren()
    this.#nodes = new Map()
    for (const el of root.querySelectorAll<SVGGElement>('.node'))
      this.#nodes.set(el.dataset.actorId ?? '', el)
    this.#labels = new Map()
    for (const el of root.querySelectorAll<SVGTextElement>('.labels .label'))
      this.#labels.set(el.dataset.actorId ?? '', el)
    this.#edges = new Map()
    for (const group of root.querySelectorAll<SVGGElement>('.edge')) {
      const hit = group.querySelector<SVGPathElement>('.edge-hit')
      const line = group.querySelector<SVGPathElement>('.edge-line')
      if (line) this.#edges.set(group.dataset.relationId ?? '', { group, hit, line })
    }
    this.#bulk = new Map()
    for (const group of root.querySelectorAll<SVGGElement>('.bulk'))
      this.#bulk.set(group.dataset.relationType ?? '', group)
    this.#tethers = [...root.querySelectorAll<SVGLineElement>('.tether')]
    // Measured once per label, on a canvas in the labels' font: asking the SVG text for its length would
    // make the browser style and lay out the whole new graph once here and again after the first draw.
    const measure = measurer(this.labelFont)
    // Taller with the font: a host's larger label size, or a tall font, would overlap the labels above and below.
    this.labelHeight = Math.max(LABEL_HEIGHT, Math.ceil(measure.height + 2))
    for (const [id, label] of this.#labels)
      if (!this.#labelWidths.has(id)) this.#labelWidths.set(id, measure(label.textContent ?? '') + 6)
  }

  /** Whether labels go beside their actors first: where the view made room for them there (a phone's). */
  declare besides?: boolean

  /** The CSS `font` of the labels; set it before `collect`. */
  labelFont = '600 12.5px sans-serif'
  /** The room a label takes, top to bottom, in its font; measured by `collect`. */
  labelHeight = LABEL_HEIGHT

  /** Forgets measured labels, for a new dataset. */
  reset() {
    this.#labelWidths.clear()
  }

  /** A label's measured width, with its halo, in CSS pixels. */
  labelWidth(id: string): number {
    return this.#labelWidths.get(id) ?? 60
  }

  get widestLabel(): number {
    return Math.max(40, ...this.#labelWidths.values())
  }

  node(id: string): SVGGElement | undefined {
    return this.#nodes.get(id)
  }

  /** Writes every position for `transform`: nodes, edges trimmed at the rims, tethers and labels. */
  draw(
    graph: Graph,
    visibility: Visibility,
    lanes: ReadonlyMap<string, number>,
    transform: Transform,
    size: { width: number; height: number },
    { hits = true } = {},
  ) {
    this.#screen = new Map()
    this.#shapes = new Map()
    this.#drawn = transform
    this.#layer?.ownerSVGElement?.style.removeProperty('transform')
    for (const group of this.#liftGroups) group.removeAttribute('transform')
    // Labels are placed afresh below (#drawLabels), not moved along with their actors.
    for (const node of graph.nodes) this.#drawNode(node, transform, false)
    for (const link of visibility.links) this.#drawEdge(link, lanes, hits)
    if (this.#bulk.size) {
      // Cells that hold about BULK_PER_CELL relations of a type each, where they spread over the whole view.
      const types = new Set(visibility.links.map((link) => link.type)).size
      const perType = visibility.links.length / (types || 1)
      this.#bulkCell = Math.max(16, Math.sqrt((size.width * size.height * BULK_PER_CELL) / (perType || 1)))
      this.#drawBulk()
    }
    graph.affiliations.forEach((tether, i) => {
      this.#drawTether(i, tether)
    })
    this.#drawLabels(graph, size)
  }

  /**
   * Redraws only the given nodes and the relations and tethers that touch them: a drag in a large
   * network costs a few writes per frame instead of one per element. Only once `drawnFor(transform)`.
   */
  drawNodes(
    nodes: ReadonlySet<GraphNode>,
    graph: Graph,
    visibility: Visibility,
    lanes: ReadonlyMap<string, number>,
    transform: Transform,
  ) {
    for (const node of nodes) this.#drawNode(node, transform)
    const touches = (link: { source: GraphNode; target: GraphNode }) =>
      nodes.has(link.source) || nodes.has(link.target)
    // A drag lifts its relations off the bulk paths; a keyboard nudge leaves them there, to be drawn again.
    let bulkMoved = false
    for (const link of visibility.links)
      if (touches(link)) {
        this.#drawEdge(link, lanes)
        bulkMoved ||= !this.#edges.get(link.id)?.group.classList.contains('is-lifted')
      }
    if (bulkMoved && this.#bulk.size) this.#drawBulk()
    graph.affiliations.forEach((tether, i) => {
      if (touches(tether)) this.#drawTether(i, tether)
    })
  }

  /** Whether a partial redraw is possible: the positions on screen were written for `transform`. */
  drawnFor(transform: Transform): boolean {
    return this.#drawn === transform
  }

  /**
   * Shows `transform` at once by scaling the picture last drawn; the caller redraws in full when the gesture
   * pauses. Nodes and labels scale meanwhile, which a reader sees only for a moment. The graph's `<svg>` is
   * scaled with a CSS transform, on a compositor layer of its own (see the styles of `.is-large`): the
   * compositor moves the pixels already drawn, where a transform on the SVG content would repaint and
   * rasterize thousands of elements on every frame of the gesture. The lift layer's few copies are
   * transformed in the SVG, under its unscaled veil.
   */
  preview(transform: Transform) {
    const drawn = this.#drawn
    const svg = this.#layer?.ownerSVGElement
    if (!drawn || !svg) return
    const scale = transform.k / drawn.k
    const x = transform.x - scale * drawn.x
    const y = transform.y - scale * drawn.y
    svg.style.setProperty('transform', `translate(${round(x)}px,${round(y)}px) scale(${scale.toFixed(4)})`)
    const value = `translate(${round(x)},${round(y)}) scale(${scale.toFixed(4)})`
    for (const group of this.#liftGroups) group.setAttribute('transform', value)
  }

  #drawNode(node: GraphNode, transform: Transform, withLabel = true) {
    const p = toScreen(transform, node.x ?? 0, node.y ?? 0)
    this.#screen.set(node, { x: p.x, y: p.y, r: glyphRim(node.actor.kind, node.radius) })
    const el = this.#nodes.get(node.id)
    if (el) this.#target(el).setAttribute('transform', `translate(${round(p.x)},${round(p.y)})`)
    if (withLabel) this.#drawLabel(node)
  }

  /** Writes an actor's label where its last placement puts it beside the actor, shown or crowded out. */
  #drawLabel(node: GraphNode) {
    const label = this.#labels.get(node.id)
    const offset = this.#labelOffsets.get(node.id)
    const p = this.#screen.get(node)
    if (!label || !offset || !p) return
    const text = this.#target(label)
    setIfChanged(text, 'x', `${round(p.x + offset.dx)}`)
    setIfChanged(text, 'y', `${round(p.y + offset.dy)}`)
    text.classList.toggle('is-crowded', !offset.visible)
  }

  #drawEdge(link: RelationLink, lanes: ReadonlyMap<string, number>, hits = true) {
    const s = this.#screen.get(link.source)
    const e = this.#screen.get(link.target)
    if (!s || !e) return
    const arrow = link.relation.directed ? ARROW : 0
    const shape = edgePath(s, e, lanes.get(link.id) ?? 0, LANE_SPACING, arrow)
    this.#shapes.set(link, shape)
    const els = this.#edges.get(link.id)
    if (!els) return
    if (els.hit && hits) this.#target(els.hit).setAttribute('d', shape.d)
    this.#target(els.line).setAttribute('d', shape.d)
  }

  /**
   * Large networks: writes each type's relations, but those a drag has lifted, as a path of lines and one of
   * arrowheads per cell of a grid over the view. One pair for all would look the same, but the browser
   * rasterizes a path whole in every tile it touches: cut by place, a tile repainted (under a drag, say)
   * draws only the relations near it, where one path of 15,000 relations took seconds a frame.
   */
  #drawBulk() {
    // Path data by type and cell: `[lines, arrowheads]`.
    const cells = new Map<string, [string, string]>()
    for (const [{ id, type, relation }, shape] of this.#shapes) {
      if (!shape.d || this.#edges.get(id)?.group.classList.contains('is-lifted')) continue
      const { x, y } = shape.control
      const key = `${type} ${Math.floor(x / this.#bulkCell)},${Math.floor(y / this.#bulkCell)}`
      const cell = cells.get(key) ?? ['', '']
      cells.set(key, [cell[0] + shape.d, relation.directed ? cell[1] + arrowHead(shape, ARROW + 1) : cell[1]])
    }
    for (const [type, group] of this.#bulk) {
      const paths = [...cells].flatMap(([key, cell]) => (key.startsWith(`${type} `) ? cell : []))
      while (group.children.length > paths.length) group.lastElementChild?.remove()
      while (group.children.length < paths.length) {
        const path = group.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'path'))
        path.setAttribute('class', group.children.length % 2 ? 'edge-line' : `arrowheads arrow--${type}`)
      }
      paths.forEach((d, i) => {
        setIfChanged(group.children[i] as Element, 'd', d)
      })
    }
  }

  /** A relation's elements; a large network makes them on first need, drawn where the bulk path has it. */
  #edge(link: RelationLink): EdgeElements | undefined {
    let els = this.#edges.get(link.id)
    if (!els && this.#bulk.size) {
      els = { ...edgeElements(link), hit: null }
      els.line.setAttribute('d', this.#shapes.get(link)?.d ?? '')
      this.#edges.set(link.id, els)
    }
    return els
  }

  /**
   * Large networks: the relation drawn within `tolerance` CSS pixels of (x, y), the nearest one; null in a
   * small network, whose relations take the pointer themselves.
   */
  relationAt(x: number, y: number, tolerance = 6): Target {
    let found: Target = null
    let nearest = tolerance
    if (this.#bulk.size)
      for (const [link, shape] of this.#shapes) {
        // Most relations are nowhere near: the box around their curve's points says so in a few compares,
        // with nothing allocated (this runs on every pointer move, over thousands of relations).
        const { d, start: a, control: c, end: b } = shape
        if (!d || Math.min(a.x, c.x, b.x) > x + nearest || Math.max(a.x, c.x, b.x) < x - nearest) continue
        if (Math.min(a.y, c.y, b.y) > y + nearest || Math.max(a.y, c.y, b.y) < y - nearest) continue
        const distance = distanceToEdge(shape, x, y)
        if (distance < nearest) [nearest, found] = [distance, { kind: 'relation', id: link.id }]
      }
    return found
  }

  #drawTether(i: number, tether: Graph['affiliations'][number]) {
    const line = this.#tethers[i]
    const s = this.#screen.get(tether.source)
    const e = this.#screen.get(tether.target)
    if (!line || !s || !e) return
    const el = this.#target(line)
    el.setAttribute('x1', `${round(s.x)}`)
    el.setAttribute('y1', `${round(s.y)}`)
    el.setAttribute('x2', `${round(e.x)}`)
    el.setAttribute('y2', `${round(e.y)}`)
  }

  #drawLabels(graph: Graph, size: { width: number; height: number }) {
    const screen = this.#screen
    const order = byDegree(graph).filter((node) => this.#labels.has(node.id))
    const placements = placeLabels(
      order.map((node) => {
        const p = screen.get(node) ?? { x: 0, y: 0 }
        const width = this.labelWidth(node.id)
        return { id: node.id, x: p.x, y: p.y, r: node.radius, width, height: this.labelHeight }
      }),
      size,
      // The zoom buttons, over the graphic's top right corner (see .controls in the styles).
      [{ x0: size.width - CONTROLS.width, y0: 0, x1: size.width, y1: CONTROLS.height }],
      this.besides,
    )
    for (const node of order) {
      const placement = placements.get(node.id)
      if (placement) this.#labelOffsets.set(node.id, placement)
      this.#drawLabel(node)
    }
  }

  /** Hover, selection, highlight and filter state as classes and parts on the existing elements. */
  paint(svg: SVGSVGElement, graph: Graph, visibility: Visibility, state: PaintState) {
    const { hovered, roving, highlighted } = state
    const selected = state.selected && graph.nodeById.has(state.selected) ? state.selected : undefined
    const focusActor = hovered?.kind === 'actor' ? hovered.id : hovered ? undefined : selected
    const near = new Set<string>()
    const nearEdges = new Map<string, RelationLink>()
    const keep = (link: RelationLink) => {
      nearEdges.set(link.id, link)
      near.add(link.source.id)
      near.add(link.target.id)
    }
    const relationId =
      hovered?.kind === 'relation' ? hovered.id : hovered ? undefined : state.selectedRelation
    if (focusActor) {
      // Hover shows one hop; a selection reaches as far as `hops`.
      let frontier = new Set([focusActor])
      near.add(focusActor)
      const hops = hovered?.kind === 'actor' ? 1 : (state.hops ?? 1)
      for (let hop = 0; hop < hops; hop++) {
        const next = new Set<string>()
        for (const link of visibility.links) {
          if (!frontier.has(link.source.id) && !frontier.has(link.target.id)) continue
          for (const id of [link.source.id, link.target.id]) if (!near.has(id)) next.add(id)
          keep(link)
        }
        frontier = next
      }
    } else if (relationId) {
      const link = visibility.links.find((l) => l.id === relationId)
      if (link) keep(link)
    } else if (highlighted?.size) {
      for (const link of visibility.links) if (highlighted.has(link.id)) keep(link)
    }
    const focused = near.size > 0
    const lift = this.#lift
    // With a lift layer the veil dims the graph, whose elements keep their state (see `#lift`).
    const dims = lift?.svg ?? svg
    dims.classList.toggle('is-focused', focused)
    svg.classList.toggle('is-on-relation', hovered?.kind === 'relation')
    if (lift) this.#liftOnly(graph, visibility, focused ? near : new Set(), nearEdges, state.dragged)
    // A lifted copy cannot hold focus: it shows the focus ring of the actor it copies by a class.
    const focusVisible = roving !== undefined && this.#nodes.get(roving)?.matches(':focus-visible') === true
    for (const [id, original] of this.#nodes) {
      const node = graph.nodeById.get(id)
      const copy = this.#copies.get(original)
      if (copy) toggle(copy, 'is-focus-visible', focusVisible && id === roving)
      // Exactly one node is in the tab order; Chromium would otherwise make every focusable SVG element a stop.
      setIfChanged(original, 'tabindex', id === roving ? '0' : '-1')
      setIfChanged(original, 'aria-pressed', selected === id ? 'true' : 'false')
      for (const el of this.#both(original)) {
        toggle(el, 'is-selected', selected === id)
        el.part.toggle('node--selected', selected === id)
        toggle(el, 'is-isolated', visibility.isolated.has(id))
        toggle(el, 'is-pinned', node?.fx != null)
        // Under a veil, hover state goes to the copies only: on the elements beneath it would restyle and
        // repaint the whole graph for a picture nobody sees.
        if (lift && el === original) continue
        toggle(el, 'is-near', near.has(id))
      }
      const dimmed = (focused && !near.has(id)) || visibility.isolated.has(id)
      if (!lift) original.part.toggle('node--dimmed', dimmed)
    }
    // Labels mirror their actor's state: the styles dim them, and show a crowded one, alike.
    for (const [id, label] of this.#labels)
      for (const el of this.#both(label)) {
        toggle(el, 'is-isolated', visibility.isolated.has(id))
        if (lift && el === label) continue
        toggle(el, 'is-near', near.has(id))
        toggle(el, 'is-active', focusActor === id)
      }
    for (const [id, els] of this.#edges) {
      const active = relationId ? relationId === id : nearEdges.has(id)
      for (const el of this.#both(els.group)) {
        if (lift && el === els.group) continue
        toggle(el, 'is-near', nearEdges.has(id))
        toggle(el, 'is-active', focused && active)
      }
      if (!lift) els.group.part.toggle('edge--dimmed', focused && !nearEdges.has(id))
    }
  }

  /** Where geometry goes: the element's copy while it is lifted, else the element itself. */
  #target<T extends Element>(el: T): T {
    return (this.#copies.get(el) as T | undefined) ?? el
  }

  #both(el: Element): Element[] {
    const copy = this.#copies.get(el)
    return copy ? [el, copy] : [el]
  }

  /**
   * Lifts exactly the given actors and relations (and, while a drag lasts, the dragged actor with its
   * relations and tethers, whose originals hide so that they do not stay behind), and lowers the rest.
   */
  #liftOnly(
    graph: Graph,
    visibility: Visibility,
    nodes: ReadonlySet<string>,
    edges: ReadonlyMap<string, RelationLink>,
    dragged: string | undefined,
  ) {
    const lift = this.#lift
    if (!lift) return
    const wanted = new Map<string, { el: Element; into: SVGGElement; hide: boolean }>()
    const want = (key: string, el: Element | undefined, into: SVGGElement, hide: boolean) => {
      if (el) wanted.set(key, { el, into, hide })
    }
    // An actor comes up with its label, which lies on a layer of its own above every actor.
    const liftActor = (id: string, hide: boolean) => {
      want(`n:${id}`, this.#nodes.get(id), lift.nodes, hide)
      want(`l:${id}`, this.#labels.get(id), lift.labels, hide)
    }
    for (const id of nodes) liftActor(id, false)
    for (const [id, link] of edges) want(`e:${id}`, this.#edge(link)?.group, lift.edges, false)
    if (dragged) {
      liftActor(dragged, true)
      for (const link of visibility.links)
        if (link.source.id === dragged || link.target.id === dragged)
          want(`e:${link.id}`, this.#edge(link)?.group, lift.edges, true)
      graph.affiliations.forEach((tether, i) => {
        if (tether.source.id === dragged || tether.target.id === dragged)
          want(`t:${i}`, this.#tethers[i], lift.edges, true)
      })
    }
    // Whether an element hid or showed again: relations drawn in bulk are then drawn again without or with it.
    let shown = false
    for (const [key, el] of this.#lifted)
      if (!wanted.has(key)) {
        shown ||= el.classList.contains('is-lifted')
        this.#lower(el)
        this.#lifted.delete(key)
      }
    for (const [key, { el, into, hide }] of wanted) {
      if (!this.#lifted.has(key)) {
        this.#raise(el, into)
        this.#lifted.set(key, el)
      }
      // A drag's end shows the element again where its copy was drawn, not where the drag began.
      if (!hide && el.classList.contains('is-lifted')) this.#drawBack(el)
      shown ||= el.classList.contains('is-lifted') !== hide
      el.classList.toggle('is-lifted', hide)
    }
    if (shown && this.#bulk.size) this.#drawBulk()
  }

  #raise(el: Element, into: SVGGElement) {
    const copy = el.cloneNode(true) as Element
    const originals = withDescendants(el)
    withDescendants(copy).forEach((same, i) => {
      // A copy is a picture only: no tab stop, no role, no name (the lift layer is also aria-hidden), and
      // no part, so that a host counting or styling the parts finds each actor and relation once.
      for (const name of PICTURE_ONLY) same.removeAttribute(name)
      this.#copies.set(originals[i] as Element, same)
    })
    into.append(copy)
  }

  /** Puts a lifted element back, with what was drawn on its copy meanwhile. */
  #lower(el: Element) {
    const copy = this.#copies.get(el)
    this.#drawBack(el)
    for (const original of withDescendants(el)) this.#copies.delete(original)
    el.classList.remove('is-lifted')
    copy?.remove()
  }

  /** Gives a lifted element, and everything in it, the geometry drawn on its copy. */
  #drawBack(el: Element) {
    for (const original of withDescendants(el)) {
      const drawn = this.#copies.get(original)
      if (!drawn) continue
      for (const name of DRAWN_ATTRIBUTES) {
        const value = drawn.getAttribute(name)
        if (value !== null) setIfChanged(original, name, value)
      }
      // Only labels are ever crowded out; on anything else this changes nothing.
      original.classList.toggle('is-crowded', drawn.classList.contains('is-crowded'))
    }
  }
}

/**
 * About how many relations of one type a cell of the bulk grid holds (see `#drawBulk`). Fewer make more
 * elements to style and paint; more make each repainted tile draw more relations beyond it. At 5,000 actors
 * a drag's repaints took 1.6 s a second in cells of 128 px and 0.6 s in cells of 24, against 0.5 s with an
 * element per relation. 6 makes cells of about 30 px there, 50 px at 2,000 actors, in a 1,100 × 760 view.
 */
const BULK_PER_CELL = 6

/** The corner the zoom buttons take, with their margin, where no label is placed. */
const CONTROLS = { width: 46, height: 120 }

/** What a lifted copy loses (see `#raise`). */
const PICTURE_ONLY = ['tabindex', 'role', 'aria-label', 'aria-pressed', 'part']

/** The attributes a draw writes: what a lowered element takes back from its copy. */
const DRAWN_ATTRIBUTES = ['transform', 'd', 'x', 'y', 'x1', 'y1', 'x2', 'y2']

// `toggle(name, force)` leaves the attribute alone when nothing changes, so unchanged state costs no style work.
function toggle(el: Element, className: string, on: boolean) {
  el.classList.toggle(className, on)
}

/** An element and everything inside it, in document order. */
const withDescendants = (el: Element): Element[] => [el, ...el.querySelectorAll('*')]

/** Writing an attribute, even to its own value, invalidates style: skip writes that change nothing. */
function setIfChanged(el: Element, name: string, value: string) {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value)
}

/** A tenth of a CSS pixel is below what a screen shows and keeps attribute strings short. */
const round = (value: number) => Math.round(value * 10) / 10
