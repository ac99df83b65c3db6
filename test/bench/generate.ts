/**
 * Seeded synthetic datasets for the benchmark, in the dataset format (`src/dataset.ts`).
 *
 * The structure imitates a real actor network rather than a uniform random graph: actors fall into
 * communities of very unequal size (a few big camps, many small ones), each led by an institution; every
 * new actor attaches to earlier ones by preferential attachment, mostly inside its own community, so a
 * few hubs collect many relations and most actors have one to three. Relations inside a community are
 * mostly cooperation, across communities mostly opposition or negotiation. About 2 % of the relations
 * are parallel (a second relation between an already related pair), and about a third of the people are
 * affiliated with an institution of their community.
 *
 * Pure and deterministic: the same options always give the same dataset, on every machine.
 */
import type { Actor, ActorKind, Dataset, Relation, RelationType } from '../../src/dataset.ts'

export interface GenerateOptions {
  /** Number of actors, at least 2. */
  readonly actors: number
  /** Relations per actor; the mean degree is twice this. Default 1.5 (mean degree 3). */
  readonly relationsPerActor?: number
  /** PRNG seed. Default 1. */
  readonly seed?: number
}

/** Share of the relations that are a second relation between an already related pair. */
const PARALLEL_SHARE = 0.02
/** Chance that an actor's relation stays inside its own community. */
const LOCAL_CHANCE = 0.85

// biome-ignore format: a word list reads better packed
const FIRST_NAMES = [
  'Ana', 'Bruno', 'Carmen', 'Diego', 'Elena', 'Farid', 'Gloria', 'Héctor', 'Inés', 'Jorge', 'Karin', 'Luis',
  'Marta', 'Nadia', 'Óscar', 'Paula', 'Rafael', 'Sofía', 'Tomás', 'Úrsula', 'Víctor', 'Yolanda', 'Amara',
  'Kwame', 'Mei', 'Ravi', 'Olga', 'Pieter', 'Leila', 'Sven',
]
// biome-ignore format: a word list reads better packed
const LAST_NAMES = [
  'Costa', 'Rodríguez', 'Okonkwo', 'Nakamura', 'Petrov', 'Haddad', 'Moreau', 'Fischer', 'Silva', 'Kowalski',
  'Mendoza', 'Lindqvist', 'Adeyemi', 'Cabello', 'Ferreira', 'Ibrahim', 'Novak', 'Ortega', 'Quispe',
  'Van der Berg', 'Yılmaz', 'Zhou', 'Barnes', 'Delgado', 'Ahmadi', 'Machado', 'Salazar', 'Chen',
]
// biome-ignore format: a word list reads better packed
const DOMAINS = [
  'Finance', 'Defence', 'Energy', 'Foreign Affairs', 'Justice', 'Health', 'Trade', 'Interior', 'Labour',
  'Transport', 'Agriculture', 'Mining', 'Communications', 'Education', 'Water', 'Housing',
]
const INSTITUTIONS = ['Ministry of', 'Agency for', 'Council on', 'Commission for', 'Office of', 'Party of']
const GROUPS = ['Workers’ Union', 'Students’ Front', 'Farmers’ League', 'Veterans’ Circle', 'Citizens’ Watch']
const ROLES = ['minister', 'spokeswoman', 'spokesman', 'director', 'adviser', 'senator', 'envoy', 'governor']
const REGIONS = ['North', 'South', 'East', 'West', 'Central', 'Coastal', 'Highland', 'River', 'Delta']

/** Relation type weights [cooperation, negotiation, opposition] inside and across communities. */
const LOCAL_TYPES = [0.6, 0.25, 0.15] as const
const CROSS_TYPES = [0.2, 0.35, 0.45] as const

/** Mulberry32: a small, fast, well-mixed 32-bit PRNG. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A synthetic dataset of `options.actors` actors and about `relationsPerActor × actors` relations. */
export function generateDataset(options: GenerateOptions): Dataset {
  const n = Math.floor(options.actors)
  if (!(n >= 2)) throw new RangeError(`a benchmark dataset needs at least 2 actors, not ${options.actors}`)
  const seed = options.seed ?? 1
  const random = mulberry32(seed)
  const int = (below: number) => Math.floor(random() * below)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T
  const chance = (p: number) => random() < p

  const totalRelations = Math.max(1, Math.round((options.relationsPerActor ?? 1.5) * n))
  const parallelCount = Math.min(totalRelations - 1, Math.max(1, Math.round(PARALLEL_SHARE * totalRelations)))
  const primaryCount = totalRelations - parallelCount

  // Communities of Zipf-like sizes: community c gets weight 1 / (c + 1).
  const communityCount = Math.max(2, Math.round(Math.sqrt(n) / 1.5))
  const weights = Array.from({ length: communityCount }, (_, c) => 1 / (c + 1))
  const weightSum = weights.reduce((a, b) => a + b, 0)
  const chooseCommunity = () => {
    let r = random() * weightSum
    for (let c = 0; c < communityCount; c++) {
      r -= weights[c] as number
      if (r < 0) return c
    }
    return communityCount - 1
  }

  // Actors: the first actor of each community is its leading institution.
  const community: number[] = []
  const kinds: ActorKind[] = []
  const leaders = new Map<number, number>()
  for (let i = 0; i < n; i++) {
    // The first actors found the communities in turn, so every community has a leader early on.
    const c = i < communityCount ? i : chooseCommunity()
    community.push(c)
    if (!leaders.has(c)) {
      leaders.set(c, i)
      kinds.push('institution')
    } else kinds.push(random() < 0.6 ? 'person' : random() < 0.62 ? 'institution' : 'group')
  }

  // Edges: actor i (i ≥ 1) links to one earlier actor, some to two, chosen ∝ degree + 1.
  const extraEdges = Math.max(0, primaryCount - (n - 1))
  const extraFor = new Set<number>()
  {
    const order = Array.from({ length: n - 1 }, (_, k) => k + 1)
    for (let k = order.length - 1; k > 0; k--) {
      const j = int(k + 1)
      ;[order[k], order[j]] = [order[j] as number, order[k] as number]
    }
    for (const i of order.slice(0, extraEdges)) extraFor.add(i)
  }
  // Each actor appears once per relation end plus once, so picking a uniform entry is preferential attachment.
  const ends: number[] = []
  const endsByCommunity = new Map<number, number[]>()
  const addEnd = (i: number) => {
    ends.push(i)
    const list = endsByCommunity.get(community[i] as number)
    if (list) list.push(i)
    else endsByCommunity.set(community[i] as number, [i])
  }
  const pairKey = (a: number, b: number) => (a < b ? a * n + b : b * n + a)
  const linked = new Set<number>()
  const edges: [number, number][] = []
  const link = (a: number, b: number) => {
    edges.push(chance(0.5) ? [a, b] : [b, a])
    linked.add(pairKey(a, b))
    addEnd(a)
    addEnd(b)
  }
  addEnd(0)
  for (let i = 1; i < n && edges.length < primaryCount; i++) {
    const wanted = Math.min(extraFor.has(i) ? 2 : 1, i)
    let made = 0
    for (let attempt = 0; made < wanted && attempt < 20; attempt++) {
      const local = endsByCommunity.get(community[i] as number)
      const pool = local && chance(LOCAL_CHANCE) ? local : ends
      const j = pick(pool)
      if (j === i || linked.has(pairKey(i, j))) continue
      link(i, j)
      made++
    }
    addEnd(i)
  }
  // Top up (rare: only when attachment kept hitting taken pairs) with cross links between random actors.
  for (let guard = 0; edges.length < primaryCount && guard < 100 * n; guard++) {
    const a = int(n)
    const b = pick(ends)
    if (a !== b && !linked.has(pairKey(a, b))) link(a, b)
  }

  // Names, unique per actor; the index keeps ids unique and slug-safe.
  const actors: Actor[] = []
  for (let i = 0; i < n; i++) {
    const kind = kinds[i] as ActorKind
    const c = community[i] as number
    const id = `${kind === 'person' ? 'p' : kind === 'institution' ? 'i' : 'g'}-${i}`
    const region = REGIONS[c % REGIONS.length] as string
    const name =
      kind === 'person'
        ? `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`
        : kind === 'institution'
          ? `${pick(INSTITUTIONS)} ${pick(DOMAINS)}${leaders.get(c) === i ? ` (${region} bloc ${c + 1})` : ''}`
          : `${region} ${pick(GROUPS)}`
    const actor: Actor = { id, name, kind }
    if (kind === 'person' && chance(0.7)) actor.role = pick(ROLES)
    if (chance(0.15))
      actor.description = `A ${kind} in the ${region.toLowerCase()} camp, synthetic actor ${i}.`
    actors.push(actor)
  }
  // Affiliations: about a third of the people belong to their community's leader or another institution.
  const institutionsOf = new Map<number, number[]>()
  for (let i = 0; i < n; i++) {
    if (kinds[i] !== 'institution') continue
    const list = institutionsOf.get(community[i] as number)
    if (list) list.push(i)
    else institutionsOf.set(community[i] as number, [i])
  }
  for (let i = 0; i < n; i++) {
    const kind = kinds[i]
    const options = institutionsOf.get(community[i] as number) ?? []
    const wants = kind === 'person' ? chance(0.35) : kind === 'institution' && chance(0.05)
    if (!wants || options.length === 0) continue
    const target = chance(0.6) ? (leaders.get(community[i] as number) as number) : pick(options)
    const actor = actors[i]
    if (actor && target !== i) actor.affiliation = actors[target]?.id
  }

  const chooseType = (a: number, b: number): RelationType => {
    const [co, ne] = community[a] === community[b] ? LOCAL_TYPES : CROSS_TYPES
    const r = random()
    return r < co ? 'cooperation' : r < co + ne ? 'negotiation' : 'opposition'
  }
  const relations: Relation[] = []
  const relation = (a: number, b: number, type: RelationType): Relation => {
    const k = relations.length
    const source = actors[a] as Actor
    const target = actors[b] as Actor
    const verb =
      type === 'cooperation' ? 'works with' : type === 'negotiation' ? 'negotiates with' : 'opposes'
    const evidence = [`“${source.name} ${verb} ${target.name},” a synthetic source said (quote ${k}).`]
    if (chance(0.3)) evidence.push(`A second synthetic quote on relation ${k}.`)
    const result: Relation = {
      id: `r-${k}`,
      source: source.id,
      target: target.id,
      type,
      directed: chance(0.4),
      summary: `${source.name} ${verb} ${target.name}.`,
      evidence,
    }
    if (chance(0.2)) result.when = `${pick(['January', 'March', 'June', 'October'])} 20${20 + int(6)}`
    return result
  }
  for (const [a, b] of edges) relations.push(relation(a, b, chooseType(a, b)))
  // Parallel relations: a second, differently typed relation over an existing pair, often the other way.
  for (let k = 0; k < parallelCount && edges.length > 0; k++) {
    const [a, b] = pick(edges)
    const first = relations.find((r) => r.source === actors[a]?.id && r.target === actors[b]?.id)
    const types = (['cooperation', 'negotiation', 'opposition'] as const).filter((t) => t !== first?.type)
    relations.push(chance(0.5) ? relation(b, a, pick(types)) : relation(a, b, pick(types)))
  }

  return {
    title: `Synthetic actor network: ${n} actors, ${relations.length} relations`,
    description: `Generated for the benchmark with seed ${seed}: communities, preferential attachment.`,
    source: {
      title: 'Synthetic benchmark source',
      publisher: 'actor-network benchmark',
      published: '2026-01-01',
      url: 'https://example.org/actor-network-benchmark',
    },
    actors,
    relations,
  }
}
