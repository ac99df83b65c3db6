/**
 * The workbench's live check: the validator of `npm run validate` on the dataset as it would be exported,
 * and every quote against the article, each problem located by its JSON Pointer.
 */
import { checkEvidence } from '../evidence.ts'
import { type DatasetError, parseDataset } from '../validate.ts'
import { exportedDataset } from './export.ts'
import { textFileName, type Work } from './work.ts'

/** Every problem of the work; none means the exported file passes `npm run validate` with its text. */
export function checkWork(work: Work): DatasetError[] {
  const parsed = parseDataset(exportedDataset(work))
  const shape = parsed.ok ? [] : parsed.errors
  // Before there is an article there is nothing to hold the quotes to; the start panel asks for it.
  const evidence = work.text ? checkEvidence(work.dataset, work.text, textFileName(work)) : []
  return [...shape, ...evidence]
}
