/**
 * Keys on the graphic, while it has focus: arrows move along relations in their direction (see
 * `src/keyboard.ts`), Home/End jump to the first/last actor, Enter/Space select, Escape clears the
 * selection and then leaves to the overview (from there it is the page's), +/-/0 zoom, Shift + arrows
 * nudge the focused actor.
 */
import type { Visibility } from '../src/filter.ts'
import { byDegree, type Graph } from '../src/graph.ts'
import { type Direction, step, VECTORS } from '../src/keyboard.ts'
import type { NetworkHost, NetworkParts } from './network-parts.ts'
import { targetOf } from './pointer-gestures.ts'

/** Pixels a Shift + arrow nudge moves the focused actor, on screen. */
const NUDGE = 12

export interface KeyboardHost {
  readonly graph: Graph
  readonly visibility: Visibility
  readonly selected: string | undefined
  /** The actor holding the tab stop. */
  rovingId(): string | undefined
  focusActor(id: string): void
  select(id: string | undefined): void
  /** Moves an actor by (dx, dy) screen pixels and pins it. */
  nudge(id: string, dx: number, dy: number): void
  leaveToOverview(): void
  zoomBy(factor: number): void
  fit(): void
}

/**
 * Handles a keydown on the graphic. `current` is the focused actor, if the focus is on one. Returns
 * whether the key was used (then the caller prevents its default, such as scrolling the page).
 */
export function handleGraphKey(
  event: KeyboardEvent,
  current: string | undefined,
  host: KeyboardHost,
): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return false
  const { key } = event
  // ArrowLeft → left, …: the four arrow keys are the only key values that start with 'Arrow'.
  const direction = key.startsWith('Arrow') ? (key.slice(5).toLowerCase() as Direction) : undefined
  const activate = key === 'Enter' || key === ' '
  if (direction && current && event.shiftKey) {
    const [dx, dy] = VECTORS[direction]
    host.nudge(current, dx * NUDGE, dy * NUDGE)
  } else if (direction && current) host.focusActor(neighbourTowards(host, current, direction))
  else if (direction || (activate && !current)) {
    const roving = host.rovingId()
    if (roving) host.focusActor(roving)
  } else if (key === 'Home' || key === 'End') {
    const node = host.graph.nodes.at(key === 'Home' ? 0 : -1)
    if (node) host.focusActor(node.id)
  } else if (activate && current) host.select(current)
  else if (key === 'Escape' && (host.selected || current)) {
    if (host.selected) host.select(undefined)
    else host.leaveToOverview()
  } else if (key === '+' || key === '=') host.zoomBy(1.5)
  else if (key === '-' || key === '_') host.zoomBy(1 / 1.5)
  else if (key === '0') host.fit()
  else return false
  return true
}

function neighbourTowards(host: KeyboardHost, id: string, direction: Direction): string {
  const { graph, visibility } = host
  const from = graph.nodeById.get(id)
  if (!from) return id
  // Tethers count as connections here: they are drawn, and a reader follows them with the eye.
  const neighbours = new Set<string>()
  for (const link of [...visibility.links, ...graph.affiliations]) {
    if (link.source.id === id) neighbours.add(link.target.id)
    if (link.target.id === id) neighbours.add(link.source.id)
  }
  const order = graph.nodes.map((n) => n.id)
  return step(from, direction, graph.nodes, neighbours, order)
}

/** Codes of the keys a widget used, kept from the page until their keyup: one keyboard for all widgets. */
const usedKeys = new Set<string>()

/**
 * Stops a key event at the widget's edge when the widget used the key, or it was typed into the search field.
 * Outside the shadow root an event's target is the widget itself, not the field inside it, so page scripts
 * that tell typing from a shortcut by the target (most hotkey helpers; a docs site's "/" for search) took a
 * reader's typing, or the arrow keys that move between actors, as their own. Tab, keys the widget did not
 * use and Ctrl/⌘ chords still reach the page.
 */
export function containKey(event: KeyboardEvent) {
  const { key, code } = event
  const typed =
    (event.composedPath()[0] as Element).localName === 'input' &&
    !(event.ctrlKey || event.metaKey || key === 'Tab' || key === 'Escape')
  if (typed || event.defaultPrevented) usedKeys.add(code)
  if (usedKeys.has(code)) event.stopPropagation()
  if (event.type === 'keyup') usedKeys.delete(code)
}

/**
 * The graphic's keyboard focus: one tab stop (a roving tabindex on the actor that holds it), the keys on
 * the graphic (`handleGraphKey`), and the tooltip that follows the focus as it follows the pointer.
 */
export class KeyboardController {
  readonly #host: NetworkHost
  readonly #parts: NetworkParts
  /** The actor last focused: it keeps the tab stop while the reader is in the graphic. */
  #focusId?: string

  constructor(host: NetworkHost, parts: NetworkParts) {
    this.#host = host
    this.#parts = parts
  }

  /** The actor holding the tab stop: the one last focused, else the selected one, else the most connected. */
  rovingId(): string | undefined {
    const graph = this.#parts.data.graph
    if (!graph) return undefined
    if (this.#focusId && graph.nodeById.has(this.#focusId)) return this.#focusId
    const selected = this.#host.selected
    if (selected && graph.nodeById.has(selected)) return selected
    return byDegree(graph)[0]?.id
  }

  onKeyDown = (event: KeyboardEvent) => {
    const { data, frames, hover, selection, view } = this.#parts
    const { graph, visibility } = data
    if (!graph || !visibility) return
    const target = targetOf(event)
    const current = target?.kind === 'actor' ? target.id : undefined
    const host: KeyboardHost = {
      graph,
      visibility,
      selected: this.#host.selected,
      rovingId: () => this.rovingId(),
      focusActor: (id) => this.#focusActor(id),
      select: (id) => selection.select(id),
      nudge: (id, dx, dy) => {
        const node = graph.nodeById.get(id)
        const k = view.transform.k
        if (node) frames.moveNode(node, (node.x ?? 0) + dx / k, (node.y ?? 0) + dy / k, 0.1)
      },
      leaveToOverview: () => {
        // The graphic itself, whose description summarises the whole network.
        hover.hover(null)
        this.#host.renderRoot.querySelector<SVGSVGElement>('svg.graph')?.focus({ preventScroll: true })
      },
      zoomBy: (factor) => view.zoomBy(factor),
      fit: () => view.fit(),
    }
    if (handleGraphKey(event, current, host)) event.preventDefault()
  }

  onFocusIn = (event: FocusEvent) => {
    const target = targetOf(event)
    const node = target?.kind === 'actor' ? this.#parts.data.node(target.id) : undefined
    if (!node) return
    this.#focusId = node.id
    const p = this.#parts.view.onScreen(node)
    this.#parts.hover.hover(target, { x: p.x, y: p.y + node.radius })
    this.#parts.selection.paint()
  }

  onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget
    if ((event.currentTarget as Node).contains(next as Node | null)) return
    // Focus left the graph: the next visit starts again from the selected or most connected actor.
    this.#focusId = undefined
    const { hover, selection } = this.#parts
    if (hover.target?.kind === 'actor') hover.hover(null)
    selection.paint()
  }

  #focusActor(id: string) {
    this.#focusId = id
    this.#parts.selection.paint()
    this.#parts.view.scrollIntoView(id)
    this.#parts.painter.node(id)?.focus({ preventScroll: true })
  }
}
