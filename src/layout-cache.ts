/**
 * Settled layouts, remembered. The layout is seeded, so one dataset always settles to the same positions:
 * a page that shows the same dataset twice, or mounts it again (a single-page app moving between views),
 * takes the positions instead of ticking the simulation again.
 */
import type { Graph } from './graph.ts'

type Positions = ReadonlyMap<string, readonly [number, number]>

/** Datasets given as objects, for as long as the host keeps them. */
const byObject = new WeakMap<object, Positions>()
/** Datasets fetched as text: the few most recent (texts can be large, and strings can't be weak keys). */
const byText = new Map<string, Positions>()
const TEXTS_KEPT = 4

export function recallLayout(key: object | string, graph: Graph): boolean {
  const positions = typeof key === 'string' ? byText.get(key) : byObject.get(key)
  if (!positions || positions.size !== graph.nodes.length) return false
  for (const node of graph.nodes) {
    const p = positions.get(node.id)
    if (!p) return false
    node.x = p[0]
    node.y = p[1]
    node.vx = node.vy = 0
  }
  return true
}

export function rememberLayout(key: object | string, graph: Graph) {
  const positions = new Map(graph.nodes.map((node) => [node.id, [node.x ?? 0, node.y ?? 0] as const]))
  if (typeof key !== 'string') return byObject.set(key, positions)
  byText.delete(key)
  byText.set(key, positions)
  for (const old of byText.keys()) if (byText.size > TEXTS_KEPT) byText.delete(old)
}
