/**
 * JSON text to a dataset, or every problem: the whole check behind `npm run validate`, without the
 * file system, so it is unit-tested and the widget can run it on fetched text.
 */
import type { Dataset } from './dataset.ts'
import { formatCount } from './describe-value.ts'
import { parseJsonText } from './parse-json.ts'
import { type DatasetError, MAX_ERRORS, type ParseResult, parseDataset } from './validate.ts'

/** Parses and validates `text`; a syntax error comes back as the one error, with line and column. */
export function checkDatasetText(text: string): ParseResult {
  const json = parseJsonText(text)
  return json.ok ? parseDataset(json.value) : json
}

/** `N actors, M relations`, for a one-line summary of a valid dataset. */
export function describeSize(dataset: Dataset): string {
  const count = (n: number, noun: string) => `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`
  return `${count(dataset.actors.length, 'actor')}, ${count(dataset.relations.length, 'relation')}`
}

/** `46 quotes`, for the summary of a dataset whose quotes were checked. */
export function describeQuotes(dataset: Dataset): string {
  const count = dataset.relations.reduce((sum, relation) => sum + relation.evidence.length, 0)
  return `${formatCount(count)} quote${count === 1 ? '' : 's'}`
}

/**
 * The validator's errors, then the evidence check's at the locations the validator left alone, each
 * list capped at `MAX_ERRORS` plus a count of the rest (as the validator caps its own).
 */
export function mergeErrors(
  shape: readonly DatasetError[],
  evidence: readonly DatasetError[],
): DatasetError[] {
  const seen = new Set(shape.map((error) => error.pointer))
  const added = evidence.filter((error) => !seen.has(error.pointer))
  const more = added.length - MAX_ERRORS
  if (more <= 0) return [...shape, ...added]
  const count = {
    pointer: '',
    message: `… and ${formatCount(more)} more quote${more === 1 ? '' : 's'} not found`,
  }
  return [...shape, ...added.slice(0, MAX_ERRORS), count]
}
