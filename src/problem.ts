/**
 * A problem found while checking a dataset, located by its path from the root. Internal to the
 * validator: `parseDataset` turns problems into `DatasetError`s with JSON Pointers.
 */

/** Object keys and array indexes from the root to the location of a problem. */
export type Path = readonly (string | number)[]

export interface Problem {
  readonly path: Path
  /**
   * A function when the message is costly (a "did you mean" search over every actor id): only the
   * problems that survive the report's cap are ever worded.
   */
  readonly message: string | (() => string)
}

/** RFC 6901: `~` and `/` inside a key are written `~0` and `~1`; the root is the empty pointer. */
export const toPointer = (path: Path): string =>
  path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('')
