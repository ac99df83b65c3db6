/**
 * The optional `steps` of the dataset format: each step's shape, and the references and ids that
 * `parseDataset` checks across the dataset.
 */
import { describe, expect, test } from 'vitest'
import { LIMITS } from '../src/dataset.ts'
import { type DatasetError, parseDataset } from '../src/validate.ts'
import { copyOfValidDataset, type Editable, editedDataset } from './fixtures.ts'

/** The errors for `input`, failing the test if it unexpectedly passes. */
function errorsOf(input: unknown): DatasetError[] {
  const result = parseDataset(input)
  if (result.ok) throw new Error('expected the dataset to be refused')
  return result.errors
}

/** Three valid steps, so a problem can sit at `/steps/2`. */
const threeSteps = (data: Editable) => {
  data.steps = [
    {
      id: 'talks',
      title: 'Talks',
      text: 'The mayor meets the union.',
      relations: ['costa-dockworkers-talks'],
    },
    { id: 'strike', title: 'Strike', text: 'The union strikes.', actors: ['dockworkers'] },
    {
      id: 'lease',
      title: 'The lease',
      text: 'The council and the port authority draft the lease.',
      actors: ['city-council', 'port-authority'],
      relations: ['council-port-lease', 'dockworkers-costa-strike'],
    },
  ]
}

describe('parseDataset(input) accepts steps', () => {
  test('returns a dataset with steps unchanged', () => {
    const input = editedDataset(threeSteps)
    expect(parseDataset(input)).toEqual({ ok: true, dataset: input })
  })

  test('a step may highlight only actors, or only relations', () => {
    const input = editedDataset((data) => {
      threeSteps(data)
      data.steps[2].actors = []
    })
    expect(parseDataset(input).ok).toBe(true)
  })

  test('steps are optional, and may be an empty list', () => {
    const without = editedDataset((data) => {
      delete data.steps
    })
    expect(parseDataset(without)).toEqual({ ok: true, dataset: without })
    expect(parseDataset({ ...copyOfValidDataset(), steps: [] }).ok).toBe(true)
  })
})

describe('parseDataset(input) reports step references', () => {
  test('a dangling relation id, with its pointer and the closest relation id', () => {
    const input = editedDataset((data) => {
      threeSteps(data)
      data.steps[2].relations[1] = 'dockworker-costa-strike'
    })
    expect(errorsOf(input)).toEqual([
      {
        pointer: '/steps/2/relations/1',
        message: 'unknown relation "dockworker-costa-strike" — did you mean "dockworkers-costa-strike"?',
      },
    ])
  })

  test('a dangling actor id, with and without a plausible suggestion', () => {
    const input = editedDataset((data) => {
      threeSteps(data)
      data.steps[1].actors = ['dockwrokers', 'harbour-master']
    })
    expect(errorsOf(input)).toEqual([
      { pointer: '/steps/1/actors/0', message: 'unknown actor "dockwrokers" — did you mean "dockworkers"?' },
      { pointer: '/steps/1/actors/1', message: 'unknown actor "harbour-master"' },
    ])
  })

  test('an actor id given as a relation is not a relation', () => {
    const input = editedDataset((data) => {
      data.steps[0].relations = ['costa']
    })
    expect(errorsOf(input)).toEqual([
      { pointer: '/steps/0/relations/0', message: 'unknown relation "costa"' },
    ])
  })

  test('an id named twice in one step, pointing back at the first', () => {
    const input = editedDataset((data) => {
      data.steps[0].actors = ['costa', 'dockworkers', 'costa']
    })
    expect(errorsOf(input)).toEqual([
      { pointer: '/steps/0/actors/2', message: 'actor "costa" repeats /steps/0/actors/0' },
    ])
  })

  test('duplicate step ids, pointing back at the first', () => {
    const input = editedDataset((data) => {
      threeSteps(data)
      data.steps[2].id = 'talks'
    })
    expect(errorsOf(input)).toEqual([
      { pointer: '/steps/2/id', message: 'duplicate step id "talks" (first at /steps/0)' },
    ])
  })

  test('step references are still checked when an actor elsewhere is malformed', () => {
    const input = editedDataset((data) => {
      data.actors[2].kind = 'union'
      data.steps[0].relations[0] = 'costa-dockworkers-talk'
    })
    expect(errorsOf(input)).toEqual([
      { pointer: '/actors/2/kind', message: 'kind must be one of person, institution, group, not "union"' },
      {
        pointer: '/steps/0/relations/0',
        message: 'unknown relation "costa-dockworkers-talk" — did you mean "costa-dockworkers-talks"?',
      },
    ])
  })

  test('only the format problem when the relations list itself is malformed', () => {
    const input = editedDataset((data) => {
      data.relations = {}
    })
    expect(errorsOf(input)).toEqual([
      { pointer: '/relations', message: 'relations must be an array, not an object' },
    ])
  })
})

describe('parseDataset(input) reports the shape of a step', () => {
  test('a step that highlights nothing, located at the step', () => {
    const input = editedDataset((data) => {
      threeSteps(data)
      data.steps[1].actors = []
    })
    expect(errorsOf(input)).toEqual([
      {
        pointer: '/steps/1',
        message: 'a step must highlight something: give it a non-empty actors or relations list',
      },
    ])
  })

  test('a step that highlights nothing and has another problem: both are reported', () => {
    const input = editedDataset((data) => {
      data.steps[0] = { id: 'empty', title: ' ', text: 'Nothing to see.' }
    })
    expect(errorsOf(input)).toEqual([
      {
        pointer: '/steps/0',
        message: 'a step must highlight something: give it a non-empty actors or relations list',
      },
      { pointer: '/steps/0/title', message: 'step title must not be empty' },
    ])
  })

  test('an unknown key, suggesting the closest known one', () => {
    const input = editedDataset((data) => {
      data.steps[0].relation = data.steps[0].relations
      delete data.steps[0].relations
    })
    expect(errorsOf(input)).toEqual([
      { pointer: '/steps/0/relation', message: 'unknown key "relation" — did you mean "relations"?' },
    ])
  })

  test('a missing title and a step id that is not a slug', () => {
    const input = editedDataset((data) => {
      data.steps[0].id = 'Talks and strike'
      delete data.steps[0].title
    })
    expect(errorsOf(input)).toEqual([
      { pointer: '/steps/0/title', message: 'missing required key "title"' },
      {
        pointer: '/steps/0/id',
        message:
          'step id must be a slug: lowercase letters, digits and single hyphens, not "Talks and strike"',
      },
    ])
  })

  test('wrong types, naming what was found', () => {
    const input = editedDataset((data) => {
      data.steps[0].text = 42
      data.steps[0].actors = 'costa'
    })
    expect(errorsOf(input)).toEqual([
      { pointer: '/steps/0/text', message: 'step text must be a string, not 42' },
      { pointer: '/steps/0/actors', message: 'actors must be an array, not "costa"' },
    ])
    expect(errorsOf({ ...copyOfValidDataset(), steps: {} })).toEqual([
      { pointer: '/steps', message: 'steps must be an array, not an object' },
    ])
    expect(errorsOf({ ...copyOfValidDataset(), steps: ['talks'] })).toEqual([
      { pointer: '/steps/0', message: 'step must be an object, not "talks"' },
    ])
  })

  test('a title and a text over their limits', () => {
    const input = editedDataset((data) => {
      data.steps[0].title = 'x'.repeat(LIMITS.stepTitle + 1)
      data.steps[0].text = 'y'.repeat(LIMITS.stepText + 1)
    })
    expect(errorsOf(input)).toEqual([
      { pointer: '/steps/0/title', message: 'step title is 101 characters long, more than the limit of 100' },
      { pointer: '/steps/0/text', message: 'step text is 601 characters long, more than the limit of 600' },
    ])
  })

  test(`refuses more than ${LIMITS.steps} steps, saying how many and the limit`, () => {
    const input = editedDataset((data) => {
      data.steps = Array.from({ length: LIMITS.steps + 1 }, (_, index) => ({
        ...data.steps[0],
        id: `step-${index}`,
      }))
    })
    expect(errorsOf(input)).toEqual([{ pointer: '/steps', message: '51 steps, more than the limit of 50' }])
  })
})
