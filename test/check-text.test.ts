import { describe, expect, test } from 'vitest'
import { checkDatasetText, describeSize } from '../src/check-text.ts'
import { validDataset } from './fixtures.ts'

describe('checkDatasetText(text)', () => {
  test('returns the dataset from valid text', () => {
    expect(checkDatasetText(JSON.stringify(validDataset))).toEqual({ ok: true, dataset: validDataset })
  })

  test('returns a syntax error with its line and column', () => {
    expect(checkDatasetText('{\n  "title": tru\n}')).toEqual({
      ok: false,
      errors: [
        { pointer: '', message: "unexpected word 'tru'; text must be in double quotes", line: 2, column: 12 },
      ],
    })
  })

  test('returns dataset errors with their pointers', () => {
    expect(checkDatasetText('[]')).toEqual({
      ok: false,
      errors: [{ pointer: '', message: 'a dataset must be a JSON object, not an array' }],
    })
  })
})

describe('describeSize(dataset)', () => {
  test('counts actors and relations, singular when one', () => {
    expect(describeSize(validDataset)).toBe('4 actors, 3 relations')
    expect(describeSize({ ...validDataset, actors: [], relations: validDataset.relations.slice(0, 1) })).toBe(
      '0 actors, 1 relation',
    )
  })
})
