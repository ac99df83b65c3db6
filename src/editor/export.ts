/**
 * What the workbench hands out: the dataset as a formatted JSON file (keys in the format's order, `$schema`
 * first, empty optional fields left out), the name of each file, and the snippet that embeds the graphic.
 * Exporting what was opened from an export gives the same bytes.
 */
import type { Actor, Dataset, Relation, Source, Step } from '../dataset.ts'
import { slugify } from './ids.ts'
import { holdsTextInline, textFileName, type Work } from './work.ts'

/** Where the dataset points its `$schema`: the schema is shipped beside the data. */
export const SCHEMA_REFERENCE = './actor-network.schema.json'

/** Each object's keys in the order the README documents them. */
const ORDER = {
  dataset: ['$schema', 'title', 'description', 'source', 'actors', 'relations', 'steps'],
  source: ['title', 'publisher', 'author', 'published', 'url', 'text'],
  actor: ['id', 'name', 'shortName', 'kind', 'role', 'affiliation', 'description'],
  relation: ['id', 'source', 'target', 'type', 'directed', 'when', 'summary', 'evidence'],
  step: ['id', 'title', 'text', 'actors', 'relations'],
} as const

/** A copy of `value` with only `keys`, in that order, leaving out what is undefined or an empty string. */
function ordered<T extends object>(value: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {}
  for (const key of keys) {
    const field = (value as Record<string, unknown>)[key]
    if (field !== undefined && field !== '') out[key] = field
  }
  return out as T
}

/** The dataset to save: ordered, with `$schema` and the article's file name (or inline text) as `source.text`. */
export function exportedDataset(work: Work): Dataset {
  const { dataset } = work
  const inline = holdsTextInline(dataset.source.text)
  const source = ordered<Source>(
    { ...dataset.source, text: inline ? work.text : textFileName(work) },
    ORDER.source,
  )
  const steps = dataset.steps?.map((step) => ordered<Step>(step, ORDER.step))
  return ordered<Dataset>(
    {
      ...dataset,
      $schema: dataset.$schema ?? SCHEMA_REFERENCE,
      source,
      actors: dataset.actors.map((actor) => ordered<Actor>(actor, ORDER.actor)),
      relations: dataset.relations.map((relation) => ordered<Relation>(relation, ORDER.relation)),
      steps: steps?.length ? steps : undefined,
    },
    ORDER.dataset,
  )
}

/** The dataset file's text: two-space indentation and a final newline, as the shipped dataset is written. */
export const datasetJson = (work: Work): string => `${JSON.stringify(exportedDataset(work), null, 2)}\n`

/** `council-water-deal.json`, from the title (or the source's), else `dataset.json`. */
export function datasetFileName(work: Work): string {
  const title = work.dataset.title.trim() || work.dataset.source.title.trim()
  return `${slugify(title, 'dataset')}.json`
}

/** The HTML a page needs to show the graphic, with the dataset beside it under `fileName`. */
export function embedSnippet(work: Work, scriptUrl = 'actor-network.js'): string {
  const file = datasetFileName(work)
  return [
    `<script type="module" src="${scriptUrl}"></script>`,
    `<actor-network src="${file}" loading="lazy">`,
    `  <a href="${file}">The network’s data (JSON)</a>`,
    '</actor-network>',
  ].join('\n')
}
