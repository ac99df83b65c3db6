/**
 * Writes the drawn network: positions, edge paths and label placements for a view transform, and the
 * hover/selection state as classes and parts. Lit renders the SVG structure once per dataset or filter;
 * this class then touches only attributes, so a frame costs one pass of writes and no template work.
 */
import type { Visibility } from '../src/filter.ts'
import { edgePath } from '../src/geometry.ts'
import type { Graph, GraphNode } from '../src/graph.ts'
import { placeLabels } from '../src/labels.ts'
import { glyphRim } from '../src/shapes.ts'
import { type Transform, toScreen } from '../src/viewport.ts'

/** What the pointer or keyboard focus is on. */
export type Target = { kind: 'actor'; id: string } | { kind: 'relation'; id: string } | null

/** Arrowhead length in CSS pixels; paths stop this far before the target's rim and the marker fills the gap. */
export const ARROW = 8
/** Distance between the apexes of neighbouring parallel relations, in CSS pixels. */
const LANE_SPACING = 16
export const LABEL_HEIGHT = 17

export interface PaintState {
  readonly hovered: Target
  readonly selected: string | undefined
  /** The actor holding the graph's single tab stop. */
  readonly roving: string | undefined
  /** Relations highlighted by the host or a story step: they and their actors stay, the rest dims. */
  readonly highlighted?: ReadonlySet<string>
  /** The selected relation, drawn active. */
  readonly selectedRelation?: string
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
  #tethers: SVGLineElement[] = []
  #labelWidths = new Map<string, number>()
  #layer?: SVGGElement
  /** The transform the positions were last written for; a zoom preview scales the layer from it. */
  #drawn?: Transform
  /** Screen positions from the last full draw, so a partial redraw reuses them. */
  #screen = new Map<GraphNode, ScreenPoint>()

  /** Finds the rendered elements; call after Lit re-rendered the structure. */
  collect(root: ParentNode) {
    this.#layer = root.querySelector<SVGGElement>('.layer') ?? undefined
    this.#nodes = new Map()
    this.#labels = new Map()
    for (const el of root.querySelectorAll<SVGGElement>('.node')) {
      const id = el.dataset.actorId ?? ''
      this.#nodes.set(id, el)
      const label = el.querySelector<SVGTextElement>('.label')
      if (label) this.#labels.set(id, label)
    }
    this.#edges = new Map()
    for (const group of root.querySelectorAll<SVGGElement>('.edge')) {
      const hit = group.querySelector<SVGPathElement>('.edge-hit')
      const line = group.querySelector<SVGPathElement>('.edge-line')
      if (line) this.#edges.set(group.dataset.relationId ?? '', { group, hit, line })
    }
    this.#tethers = [...root.querySelectorAll<SVGLineElement>('.tether')]
    // Measured once per label: text layout is the one read in an otherwise write-only pass.
    for (const [id, label] of this.#labels)
      if (!this.#labelWidths.has(id)) this.#labelWidths.set(id, label.getComputedTextLength() + 6)
  }

  /** Forgets measured labels, for a new dataset. */
  reset() {
    this.#labelWidths.clear()
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
  ) {
    const screen = new Map<GraphNode, ScreenPoint>()
    this.#screen = screen
    this.#drawn = transform
    this.#layer?.removeAttribute('transform')
    for (const node of graph.nodes) this.#drawNode(node, transform, screen)
    for (const link of visibility.links) this.#drawEdge(link, lanes, screen)
    graph.affiliations.forEach((tether, i) => {
      this.#drawTether(i, tether, screen)
    })
    this.#drawLabels(graph, screen, size)
  }

  /**
   * Redraws only the given nodes and the relations and tethers that touch them: a drag in a large
   * network costs a few writes per frame instead of one per element.
   */
  drawNodes(
    nodes: ReadonlySet<GraphNode>,
    graph: Graph,
    visibility: Visibility,
    lanes: ReadonlyMap<string, number>,
    transform: Transform,
  ) {
    if (this.#drawn !== transform) return
    for (const node of nodes) this.#drawNode(node, transform, this.#screen)
    for (const link of visibility.links)
      if (nodes.has(link.source) || nodes.has(link.target)) this.#drawEdge(link, lanes, this.#screen)
    graph.affiliations.forEach((tether, i) => {
      if (nodes.has(tether.source) || nodes.has(tether.target)) this.#drawTether(i, tether, this.#screen)
    })
  }

  /** Whether a partial redraw is possible: the positions on screen were written for `transform`. */
  drawnFor(transform: Transform): boolean {
    return this.#drawn === transform
  }

  /**
   * Shows `transform` at once by scaling the whole layer from the last drawn one (a single write); the
   * caller redraws in full when the gesture pauses. Nodes and labels scale meanwhile, which a reader sees
   * only for a moment; it keeps zooming smooth in networks of thousands of elements.
   */
  preview(transform: Transform) {
    const drawn = this.#drawn
    if (!drawn || !this.#layer) return
    const scale = transform.k / drawn.k
    const x = transform.x - scale * drawn.x
    const y = transform.y - scale * drawn.y
    this.#layer.setAttribute('transform', `translate(${round(x)},${round(y)}) scale(${scale.toFixed(4)})`)
  }

  #drawNode(node: GraphNode, transform: Transform, screen: Map<GraphNode, ScreenPoint>) {
    const p = toScreen(transform, node.x ?? 0, node.y ?? 0)
    screen.set(node, { x: p.x, y: p.y, r: glyphRim(node.actor.kind, node.radius) })
    this.#nodes.get(node.id)?.setAttribute('transform', `translate(${round(p.x)},${round(p.y)})`)
  }

  #drawEdge(
    link: Visibility['links'][number],
    lanes: ReadonlyMap<string, number>,
    screen: Map<GraphNode, ScreenPoint>,
  ) {
    const els = this.#edges.get(link.id)
    const s = screen.get(link.source)
    const e = screen.get(link.target)
    if (!els || !s || !e) return
    const arrow = link.relation.directed ? ARROW : 0
    const { d } = edgePath(s, e, lanes.get(link.id) ?? 0, LANE_SPACING, arrow)
    els.hit?.setAttribute('d', d)
    els.line.setAttribute('d', d)
  }

  #drawTether(i: number, tether: Graph['affiliations'][number], screen: Map<GraphNode, ScreenPoint>) {
    const el = this.#tethers[i]
    const s = screen.get(tether.source)
    const e = screen.get(tether.target)
    if (!el || !s || !e) return
    el.setAttribute('x1', `${round(s.x)}`)
    el.setAttribute('y1', `${round(s.y)}`)
    el.setAttribute('x2', `${round(e.x)}`)
    el.setAttribute('y2', `${round(e.y)}`)
  }

  #drawLabels(graph: Graph, screen: Map<GraphNode, ScreenPoint>, size: { width: number; height: number }) {
    const order = graph.nodes.filter((node) => this.#labels.has(node.id)).sort((a, b) => b.degree - a.degree)
    const placements = placeLabels(
      order.map((node) => {
        const p = screen.get(node) ?? { x: 0, y: 0 }
        const width = this.#labelWidths.get(node.id) ?? 60
        return { id: node.id, x: p.x, y: p.y, r: node.radius, width, height: LABEL_HEIGHT }
      }),
      size,
    )
    for (const [id, placement] of placements) {
      const text = this.#labels.get(id)
      if (!text) continue
      // Labels keep their spot while their node moves: unchanged writes would re-lay out the text.
      setIfChanged(text, 'x', `${round(placement.dx)}`)
      setIfChanged(text, 'y', `${round(placement.dy)}`)
      text.classList.toggle('is-crowded', !placement.visible)
    }
  }

  /** Hover, selection, highlight and filter state as classes and parts on the existing elements. */
  paint(svg: SVGSVGElement, graph: Graph, visibility: Visibility, state: PaintState) {
    const { hovered, roving, highlighted } = state
    const selected = state.selected && graph.nodeById.has(state.selected) ? state.selected : undefined
    const focusActor = hovered?.kind === 'actor' ? hovered.id : hovered ? undefined : selected
    const near = new Set<string>()
    const nearEdges = new Set<string>()
    const keep = (link: Visibility['links'][number]) => {
      nearEdges.add(link.id)
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
    svg.classList.toggle('is-focused', focused)
    for (const [id, el] of this.#nodes) {
      const node = graph.nodeById.get(id)
      // Exactly one node is in the tab order; Chromium would otherwise make every focusable SVG element a stop.
      setIfChanged(el, 'tabindex', id === roving ? '0' : '-1')
      setIfChanged(el, 'aria-pressed', selected === id ? 'true' : 'false')
      toggle(el, 'is-near', near.has(id))
      toggle(el, 'is-active', focusActor === id)
      toggle(el, 'is-selected', selected === id, 'node--selected')
      toggle(el, 'is-isolated', visibility.isolated.has(id))
      toggle(el, 'is-pinned', node?.fx != null)
      el.part.toggle('node--dimmed', (focused && !near.has(id)) || visibility.isolated.has(id))
    }
    for (const [id, els] of this.#edges) {
      const active = relationId ? relationId === id : nearEdges.has(id)
      toggle(els.group, 'is-near', nearEdges.has(id))
      toggle(els.group, 'is-active', focused && active)
      els.group.part.toggle('edge--dimmed', focused && !nearEdges.has(id))
    }
  }
}

// `toggle(name, force)` leaves the attribute alone when nothing changes, so unchanged state costs no style work.
function toggle(el: Element, className: string, on: boolean, part?: string) {
  el.classList.toggle(className, on)
  if (part) el.part.toggle(part, on)
}

/** Writing an attribute, even to its own value, invalidates style: skip writes that change nothing. */
function setIfChanged(el: Element, name: string, value: string) {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value)
}

/** A tenth of a CSS pixel is below what a screen shows and keeps attribute strings short. */
const round = (value: number) => Math.round(value * 10) / 10
