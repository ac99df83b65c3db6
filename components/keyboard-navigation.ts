/**
 * Keys on the graphic, while it has focus: arrows move along relations in their direction (see
 * `src/keyboard.ts`), Home/End jump to the first/last actor, Enter/Space select, Escape clears the
 * selection and then leaves to the overview (from there it is the page's), +/-/0 zoom, Shift + arrows
 * nudge the focused actor.
 */
import type { Visibility } from '../src/filter.ts'
import type { Graph } from '../src/graph.ts'
import { type Direction, step, VECTORS } from '../src/keyboard.ts'

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
