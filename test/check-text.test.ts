import { describe, expect, test } from 'vitest'
import { checkDatasetText, describeQuotes, describeSize, mergeErrors } from '../src/check-text.ts'
import { MAX_ERRORS } from '../src/validate.ts'
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

describe('describeQuotes(dataset)', () => {
  test('counts every quote of every relation, singular when one', () => {
    expect(describeQuotes(validDataset)).toBe('4 quotes')
    expect(describeQuotes({ ...validDataset, relations: validDataset.relations.slice(0, 1) })).toBe('1 quote')
  })
})

describe('mergeErrors(shape, evidence)', () => {
  const error = (pointer: string, message = 'wrong') => ({ pointer, message })

  test('lists the validator’s errors first and drops evidence errors at a location it already reports', () => {
    expect(
      mergeErrors(
        [error('/title'), error('/relations/1/evidence/0', 'must not be empty')],
        [error('/relations/0/evidence/0', 'not in a.txt'), error('/relations/1/evidence/0', 'not in a.txt')],
      ),
    ).toEqual([
      error('/title'),
      error('/relations/1/evidence/0', 'must not be empty'),
      error('/relations/0/evidence/0', 'not in a.txt'),
    ])
  })

  test('caps the evidence errors and counts the rest, as the validator does its own', () => {
    const evidence = Array.from({ length: MAX_ERRORS + 3 }, (_, i) => error(`/relations/${i}/evidence/0`))
    const merged = mergeErrors([], evidence)
    expect(merged).toHaveLength(MAX_ERRORS + 1)
    expect(merged.at(-1)).toEqual({ pointer: '', message: '… and 3 more quotes not found' })
  })
})
