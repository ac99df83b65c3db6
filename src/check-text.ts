/**
 * JSON text to a dataset, or every problem: the whole check behind `npm run validate`, without the
 * file system, so it is unit-tested and the widget can run it on fetched text.
 */
import type { Dataset } from './dataset.ts'
import { parseJsonText } from './parse-json.ts'
import { type ParseResult, parseDataset } from './validate.ts'

/** Parses and validates `text`; a syntax error comes back as the one error, with line and column. */
export function checkDatasetText(text: string): ParseResult {
  const json = parseJsonText(text)
  return json.ok ? parseDataset(json.value) : json
}

/** `N actors, M relations`, for a one-line summary of a valid dataset. */
export function describeSize(dataset: Dataset): string {
  const count = (n: number, noun: string) => `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`
  return `${count(dataset.actors.length, 'actor')}, ${count(dataset.relations.length, 'relation')}`
}
