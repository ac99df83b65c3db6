/**
 * What the live preview draws while the dataset is being built: the actors and relations that can be drawn
 * already (an actor with a name and a good id, a relation between two of them). A relation's summary or
 * quotes may still be missing; the preview shows them as "…" (it is never exported: the validator holds
 * the file to the format).
 */
import type { Dataset } from '../dataset.ts'
import { parseDataset } from '../validate.ts'
import type { Work } from './work.ts'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const PENDING = '…'
const filled = (value: string | undefined) => (value?.trim() ? value : undefined)

/** A drawable dataset for the preview, or undefined when nothing can be drawn yet. */
export function previewDataset(work: Work): Dataset | undefined {
  const { dataset } = work
  const ids = new Set<string>()
  const actors = dataset.actors.filter((actor) => {
    const ok = SLUG.test(actor.id) && !ids.has(actor.id) && filled(actor.name) !== undefined
    if (ok) ids.add(actor.id)
    return ok
  })
  const relationIds = new Set<string>()
  const relations = dataset.relations
    .filter((r) => {
      const ok = SLUG.test(r.id) && !relationIds.has(r.id) && ids.has(r.source) && ids.has(r.target)
      if (ok) relationIds.add(r.id)
      return ok && r.source !== r.target
    })
    .map((r) => ({
      ...r,
      summary: filled(r.summary) ?? PENDING,
      evidence: [...new Set(r.evidence.filter((q) => filled(q)))].slice(0, 20),
    }))
    .map((r) => ({ ...r, evidence: r.evidence.length ? r.evidence : [PENDING] }))
  const parsed = parseDataset({
    title: filled(dataset.title) ?? (filled(dataset.source.title) || 'Untitled'),
    source: {
      title: filled(dataset.source.title) ?? PENDING,
      publisher: filled(dataset.source.publisher) ?? PENDING,
    },
    actors: actors.map((a) => ({
      ...a,
      affiliation:
        a.affiliation && ids.has(a.affiliation) && a.affiliation !== a.id ? a.affiliation : undefined,
    })),
    relations,
  })
  return parsed.ok && actors.length ? parsed.dataset : undefined
}
