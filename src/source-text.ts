/**
 * Where a dataset's source text is. The format lets `source.text` hold either the article itself or
 * the name of a text file beside the dataset; a file name is one line ending in an extension.
 */

/** The article inline in the dataset, or the name of its file (relative to the dataset's own). */
export type SourceText = { readonly file: string } | { readonly inline: string }

/** One line, not too long for a path, ending in `.txt`, `.md`, `.html`…: an article is neither. */
const FILE_NAME = /^[^\r\n]{1,255}\.[a-z\d]*[a-z][a-z\d]*$/i

/** `source.text` of any parsed value, whether or not it is a valid dataset; undefined when it has none. */
export function sourceTextOf(dataset: unknown): SourceText | undefined {
  const text: unknown = (dataset as { source?: { text?: unknown } } | null)?.source?.text
  if (typeof text !== 'string' || text.trim() === '') return undefined
  return FILE_NAME.test(text) ? { file: text } : { inline: text }
}
