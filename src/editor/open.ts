/**
 * Opening a dataset file in the workbench. A valid dataset opens as it is. One that is JSON but not a valid
 * dataset opens with what can be read from it (every string field where the format expects one), so the
 * editor fixes the rest in the form, and its problems are listed with their locations; text that is not JSON
 * opens nothing, and says where it breaks.
 */
import type { Dataset } from '../dataset.ts'
import { parseJsonText } from '../parse-json.ts'
import { type DatasetError, parseDataset } from '../validate.ts'
import { holdsTextInline, type Work } from './work.ts'

export interface Opened {
  /** The work to continue, when anything of a dataset could be read. */
  readonly work?: Work
  /** The file's problems as it was opened (the article's quotes are checked live afterwards). */
  readonly problems: readonly DatasetError[]
}

/** Opens a dataset's JSON `text`; `article` is its source text when the editor opened that too. */
export function openDataset(text: string, article?: string): Opened {
  const json = parseJsonText(text)
  if (!json.ok) return { problems: json.errors }
  const parsed = parseDataset(json.value)
  const dataset = parsed.ok ? parsed.dataset : salvage(json.value)
  const problems = parsed.ok ? [] : parsed.errors
  if (!dataset) return { problems }
  const inline = holdsTextInline(dataset.source.text) ? dataset.source.text : undefined
  return { work: { dataset, text: article ?? inline ?? '' }, problems }
}

type Loose = Record<string, unknown>
const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const objects = (value: unknown): Loose[] => (Array.isArray(value) ? value.filter(isObject) : [])
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []

/** Copies `keys` of `from` that hold a value of the type given, and nothing else. */
function pick(from: Loose, keys: Record<string, 'string' | 'boolean'>): Loose {
  const out: Loose = {}
  for (const [key, type] of Object.entries(keys)) if (typeof from[key] === type) out[key] = from[key]
  return out
}

/** What can be read of a dataset that does not validate; undefined unless it is a JSON object. */
function salvage(value: unknown): Dataset | undefined {
  if (!isObject(value)) return undefined
  const source = isObject(value.source) ? value.source : {}
  const steps = objects(value.steps).map((step) => ({
    ...pick(step, { id: 'string', title: 'string', text: 'string' }),
    ...(Array.isArray(step.actors) ? { actors: strings(step.actors) } : {}),
    relations: strings(step.relations),
  }))
  const dataset = {
    ...pick(value, { $schema: 'string', description: 'string' }),
    title: typeof value.title === 'string' ? value.title : '',
    source: {
      title: '',
      publisher: '',
      ...pick(source, {
        title: 'string',
        publisher: 'string',
        author: 'string',
        published: 'string',
        url: 'string',
        text: 'string',
      }),
    },
    actors: objects(value.actors).map((actor) => ({
      id: '',
      name: '',
      kind: 'person',
      ...pick(actor, {
        id: 'string',
        name: 'string',
        shortName: 'string',
        kind: 'string',
        role: 'string',
        affiliation: 'string',
        description: 'string',
      }),
    })),
    relations: objects(value.relations).map((relation) => ({
      id: '',
      source: '',
      target: '',
      type: 'cooperation',
      directed: false,
      summary: '',
      ...pick(relation, {
        id: 'string',
        source: 'string',
        target: 'string',
        type: 'string',
        directed: 'boolean',
        summary: 'string',
        when: 'string',
      }),
      evidence: strings(relation.evidence),
    })),
    ...(steps.length ? { steps } : {}),
  }
  // Loosely typed on purpose: the validator reports whatever is still wrong, field by field.
  return dataset as unknown as Dataset
}
