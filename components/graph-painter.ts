/**
 * Writes the drawn network: positions, edge paths and label placements for a view transform, and the
 * hover/selection state as classes and parts. Lit renders the SVG structure once per dataset or filter;
 * this class then touches only attributes, so a frame costs one pass of writes and no template work.
 */

import type { Visibility } from '../src/filter.ts'
import { ARROW, arrowHead, type EdgeShape, edgePath, LANE_SPACING } from '../src/geometry.ts'
import { byDegree, type Graph, type GraphNode, LARGE_NETWORK, type RelationLink } from '../src/graph.ts'
import { SMALLER_GLYPHS } from '../src/label-room.ts'
import { type LabelPlacement, placeLabels } from '../src/labels.ts'
import { glyphPath, glyphRim } from '../src/shapes.ts'
import { type Transform, toScreen } from '../src/viewport.ts'
import { cellSize, drawBulk, relationNear } from './bulk-edges.ts'
import { edgeElements } from './graph-template.ts'
import { type LiftGroup, type Lifting, LiftLayer } from './lift-layer.ts'
import { measurer } from './measure-text.ts'
import { neighbourhood, type PaintState, type Target } from './paint-state.ts'
import { round, setIfChanged } from './svg-writes.ts'

export type { PaintState, Target } from './paint-state.ts'

/**
 * Past this many actors, a large network's glyphs are drawn smaller than its layout's scale, by the cube root
 * of how many times more actors it has: the more actors, the tighter the links pull the layout's core, past
 * what its collision force holds apart. In the fitted view of a 1,000 × 800 px box (3 relations per actor),
 * the pointer at an actor's centre then finds that actor for 97 % of them at 1,000 actors, 98 % at 2,000 and
 * 97 % at 5,000, with glyphs a fifth of their full size there (drawn to the layout's scale alone: 85 %, 73 %
 * and 49 %). Zoomed in, they grow with the view, to full size.
 */
const CROWDED = 500

/** The least room a label takes, top to bottom: the default 12.5 px label with its halo. */
const LABEL_HEIGHT = 17

interface EdgeElements {
  readonly group: SVGGElement
  /** The wide invisible path that catches the pointer; networks drawn in bulk go without it. */
  readonly hit: SVGPathElement | null
  readonly line: SVGPathElement
  /** A directed relation's arrowhead. */
  readonly arrow: SVGPathElement | null
}

type ScreenPoint = { x: number; y: number; r: number }

export class GraphPainter {
  #nodes = new Map<string, SVGGElement>()
  #labels = new Map<string, SVGTextElement>()
  #edges = new Map<string, EdgeElements>()
  /** Networks drawn in bulk: each relation type's group, where #drawBulk writes its relations (see graph-template.ts). */
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
  /** How much smaller than their radius the glyphs are drawn, in a large network's zoomed-out views. */
  #glyphScale = 1
  /** Screen positions from the last full draw, so a partial redraw reuses them. */
  #screen = new Map<GraphNode, ScreenPoint>()
  /** Networks drawn in bulk only: the layer that hover, selection and drags draw on (see `LiftLayer`). */
  #lift?: LiftLayer
  /**
   * What the elements beneath the lift layer were last painted for (see `paint`): the elements, the filter,
   * the selected and the keyboard's actor, the pinned actors' ids; each compared by identity.
   */
  #beneath: unknown[] = []

  /** Finds the rendered elements; call after Lit re-rendered the structure. */
  collect(root: ParentNode) {
    this.#layer = root.querySelector<SVGGElement>('.layer') ?? undefined
    this.#lift = LiftLayer.find(root)
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
      const arrow = group.querySelector<SVGPathElement>('.arrowheads')
      if (line) this.#edges.set(group.dataset.relationId ?? '', { group, hit, line, arrow })
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
    const n = graph.nodes.length
    // A large layout keeps actors apart by their radii in its own units (see LARGE_SEPARATION in layout.ts):
    // a view that shows it smaller draws the glyphs smaller with it, and a crowded one smaller still (see
    // CROWDED), so that an actor seldom hides another's centre. Where the view made room for names (a
    // phone's), the glyphs are smaller too (see SMALLER_GLYPHS).
    this.#glyphScale =
      n > LARGE_NETWORK
        ? Math.min(1, transform.k, transform.k * Math.cbrt(CROWDED / n))
        : this.besides
          ? SMALLER_GLYPHS
          : 1
    this.#layer?.ownerSVGElement?.style.removeProperty('transform')
    for (const group of this.#lift?.groups ?? []) group.removeAttribute('transform')
    // Glyphs drawn at their size (see #drawNode) take thinner outlines with them, as scaled ones did.
    const outline = `${this.#bulk.size ? this.#glyphScale : 1}`
    for (const svg of [this.#layer?.ownerSVGElement, this.#lift?.svg])
      svg?.style.setProperty('--_glyph-scale', outline)
    // Labels are placed afresh below (#drawLabels), not moved along with their actors.
    for (const node of graph.nodes) this.#drawNode(node, transform, false)
    for (const link of visibility.links) this.#drawEdge(link, lanes, hits)
    if (this.#bulk.size) {
      this.#bulkCell = cellSize(visibility.links, size)
      this.#drawBulk()
    }
    graph.affiliations.forEach((tether, i) => {
      this.#drawTether(i, tether)
    })
    this.#drawLabels(graph, size)
  }

  /**
   * Redraws only the given nodes and the relations and tethers that touch them: a drag in a bulk-drawn
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
    for (const group of this.#lift?.groups ?? []) group.setAttribute('transform', value)
  }

  #drawNode(node: GraphNode, transform: Transform, withLabel = true) {
    const p = toScreen(transform, node.x ?? 0, node.y ?? 0)
    const scale = this.#glyphScale
    this.#screen.set(node, { x: p.x, y: p.y, r: scale * glyphRim(node.actor.kind, node.radius) })
    const el = this.#nodes.get(node.id)
    // Drawn in bulk, an actor's group holds only its glyph, drawn where the actor is rather than moved there
    // by the group's transform: Chromium gives every transformed SVG element a paint chunk of its own and
    // decides compositing over all of them whenever anything repaints, which at 5,000 actors took 10–20 ms
    // of every frame of a hover or a drag.
    const glyph = this.#bulk.size ? el?.lastElementChild : undefined
    if (glyph)
      this.#target(glyph).setAttribute(
        'd',
        glyphPath(node.actor.kind, round(scale * node.radius), round(p.x), round(p.y)),
      )
    else if (el) {
      const at = `translate(${round(p.x)},${round(p.y)})`
      this.#target(el).setAttribute('transform', scale < 1 ? `${at} scale(${scale.toFixed(3)})` : at)
    }
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
    if (els.arrow) this.#target(els.arrow).setAttribute('d', arrowHead(shape, ARROW + 1))
  }

  /** Writes the relations drawn in bulk, but those a drag has lifted off them (see `drawBulk`). */
  #drawBulk() {
    const lifted = (link: RelationLink) =>
      this.#edges.get(link.id)?.group.classList.contains('is-lifted') === true
    drawBulk(this.#bulk, this.#shapes, this.#bulkCell, lifted)
  }

  /** A relation's elements; a network drawn in bulk makes them on first need, drawn where the bulk path has it. */
  #edge(link: RelationLink): EdgeElements | undefined {
    let els = this.#edges.get(link.id)
    if (!els && this.#bulk.size) {
      els = { ...edgeElements(link), hit: null }
      const shape = this.#shapes.get(link)
      els.line.setAttribute('d', shape?.d ?? '')
      if (shape) els.arrow?.setAttribute('d', arrowHead(shape, ARROW + 1))
      this.#edges.set(link.id, els)
    }
    return els
  }

  /**
   * Networks drawn in bulk: the relation drawn within `tolerance` CSS pixels of (x, y), the nearest one; null in a
   * small network, whose relations take the pointer themselves.
   */
  relationAt(x: number, y: number, tolerance = 6): Target {
    if (!this.#bulk.size) return null
    const link = relationNear(this.#shapes, x, y, tolerance)
    return link ? { kind: 'relation', id: link.id } : null
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
        return {
          id: node.id,
          x: p.x,
          y: p.y,
          r: this.#glyphScale * node.radius,
          width,
          height: this.labelHeight,
        }
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
    const { hovered, roving } = state
    const { selected, focusActor, relationId, near, nearEdges } = neighbourhood(graph, visibility, state)
    const focused = near.size > 0
    const lift = this.#lift
    // With a lift layer the veil dims the graph, whose elements keep their state (see `#lift`).
    const dims = lift?.svg ?? svg
    dims.classList.toggle('is-focused', focused)
    svg.classList.toggle('is-on-relation', hovered?.kind === 'relation')
    if (lift) this.#liftOnly(lift, graph, visibility, focused ? near : new Set(), nearEdges, state.dragged)
    // Under a veil the elements beneath change only with the selection, the keyboard's actor, the filter and
    // the pins. A paint that changes none of these (a hover) visits the lifted copies alone, not thousands of
    // elements: at 5,000 actors that was about 10 ms of every hover.
    const pinned = lift ? graph.nodes.filter((n) => n.fx != null).map((n) => n.id) : []
    const beneath = [this.#nodes, visibility, selected, roving, `${pinned}`]
    const all = !lift || beneath.some((v, i) => v !== this.#beneath[i])
    this.#beneath = beneath
    const visit = (el: Element) => all || lift?.copyOf(el) !== undefined
    // A lifted copy cannot hold focus: it shows the focus ring of the actor it copies by a class.
    const focusVisible = roving !== undefined && this.#nodes.get(roving)?.matches(':focus-visible') === true
    for (const [id, original] of this.#nodes) {
      if (!visit(original)) continue
      const node = graph.nodeById.get(id)
      const copy = lift?.copyOf(original)
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
    for (const [id, label] of this.#labels) {
      if (!visit(label)) continue
      for (const el of this.#both(label)) {
        toggle(el, 'is-isolated', visibility.isolated.has(id))
        if (lift && el === label) continue
        toggle(el, 'is-near', near.has(id))
        toggle(el, 'is-active', focusActor === id)
      }
    }
    for (const [id, els] of this.#edges) {
      if (!visit(els.group)) continue
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
    return this.#lift?.copyOf(el) ?? el
  }

  #both(el: Element): Element[] {
    const copy = this.#lift?.copyOf(el)
    return copy ? [el, copy] : [el]
  }

  /**
   * Lifts exactly the given actors and relations (and, while a drag lasts, the dragged actor with its
   * relations and tethers, whose originals hide so that they do not stay behind), and lowers the rest.
   */
  #liftOnly(
    lift: LiftLayer,
    graph: Graph,
    visibility: Visibility,
    nodes: ReadonlySet<string>,
    edges: ReadonlyMap<string, RelationLink>,
    dragged: string | undefined,
  ) {
    // Keys: `n:` an actor's id, `l:` its label, `e:` a relation's id, `t:` a tether's index.
    const wanted = new Map<string, Lifting>()
    const want = (key: string, el: Element | undefined, into: LiftGroup, hide: boolean) => {
      if (el) wanted.set(key, { el, into, hide })
    }
    // An actor comes up with its label, which lies on a layer of its own above every actor.
    const liftActor = (id: string, hide: boolean) => {
      want(`n:${id}`, this.#nodes.get(id), 'nodes', hide)
      want(`l:${id}`, this.#labels.get(id), 'labels', hide)
    }
    for (const id of nodes) liftActor(id, false)
    for (const [id, link] of edges) want(`e:${id}`, this.#edge(link)?.group, 'edges', false)
    if (dragged) {
      liftActor(dragged, true)
      for (const link of visibility.links)
        if (link.source.id === dragged || link.target.id === dragged)
          want(`e:${link.id}`, this.#edge(link)?.group, 'edges', true)
      graph.affiliations.forEach((tether, i) => {
        if (tether.source.id === dragged || tether.target.id === dragged)
          want(`t:${i}`, this.#tethers[i], 'edges', true)
      })
    }
    // An element hid or showed again: the relations drawn in bulk are drawn again without or with it.
    if (lift.liftOnly(wanted) && this.#bulk.size) this.#drawBulk()
  }
}

/** The corner the zoom buttons take, with their margin, where no label is placed. */
const CONTROLS = { width: 46, height: 120 }

// `toggle(name, force)` leaves the attribute alone when nothing changes, so unchanged state costs no style work.
function toggle(el: Element, className: string, on: boolean) {
  el.classList.toggle(className, on)
}
