/**
 * The work on one dataset in the workbench: the dataset as it is being built, and the article it is built
 * from. While it is being built the dataset may be incomplete (an empty summary, a relation without a quote
 * yet): the validator says what is missing, and the editing operations never refuse such a state.
 */
import type { Dataset, Source } from '../dataset.ts'

export interface Work {
  readonly dataset: Dataset
  /** The article's text, exactly as pasted or read from its file: quotes are cut from it. */
  readonly text: string
}

/** The name the article's text file gets beside the dataset when the source names none. */
export const DEFAULT_TEXT_NAME = 'article.txt'

/** A dataset with nothing in it yet, for the given article. */
export function newWork(text: string, source: Partial<Source> = {}): Work {
  return {
    text,
    dataset: {
      title: '',
      source: { title: '', publisher: '', ...source, text: source.text ?? DEFAULT_TEXT_NAME },
      actors: [],
      relations: [],
    },
  }
}

/**
 * Whether `source.text` holds the article itself rather than the name of a file beside the dataset
 * (the format allows both): a name is one short line ending in a text file's extension.
 */
export function holdsTextInline(sourceText: string | undefined): boolean {
  if (sourceText === undefined) return false
  return sourceText.length > 200 || /\n/.test(sourceText) || !/\.(txt|md|markdown|html?)$/i.test(sourceText)
}

/** The file name the article's text is downloaded as. */
export function textFileName(work: Work): string {
  const name = work.dataset.source.text
  return name && !holdsTextInline(name) ? name : DEFAULT_TEXT_NAME
}
