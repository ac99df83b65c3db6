import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { ACTOR_KINDS, LIMITS, RELATION_TYPES } from '../src/dataset.ts'
import { datasetJsonSchema, datasetJsonSchemaText, SCHEMA_FILE } from '../src/json-schema.ts'

type Node = {
  type?: string
  enum?: string[]
  required?: string[]
  additionalProperties?: boolean
  minItems?: number
  maxItems?: number
  maxLength?: number
  description?: string
  anyOf?: Node[]
  properties?: Record<string, Node>
  items?: Node
}

const schema = datasetJsonSchema() as Node
const properties = schema.properties ?? {}
const actor = properties.actors?.items ?? {}
const relation = properties.relations?.items ?? {}
const step = properties.steps?.items ?? {}

describe(SCHEMA_FILE, () => {
  test('is the schema generated from src/dataset.ts', () => {
    const committed = readFileSync(new URL(`../${SCHEMA_FILE}`, import.meta.url), 'utf8')
    expect(committed, `${SCHEMA_FILE} is out of date: run \`npm run schema\` and commit it`).toBe(
      datasetJsonSchemaText(),
    )
  })
})

describe('datasetJsonSchema()', () => {
  test('identifies itself for editors', () => {
    expect(schema).toMatchObject({
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: 'actor-network.schema.json',
      title: 'Actor network dataset',
    })
  })

  test('lists the actor kinds and relation types', () => {
    expect(actor.properties?.kind).toMatchObject({ type: 'string', enum: [...ACTOR_KINDS] })
    expect(relation.properties?.type).toMatchObject({ type: 'string', enum: [...RELATION_TYPES] })
  })

  test('refuses unknown keys everywhere, so typos are caught in the editor', () => {
    for (const object of [schema, properties.source, actor, relation, step]) {
      expect(object?.additionalProperties).toBe(false)
    }
  })

  test('requires what the widget cannot draw without', () => {
    expect(schema.required).toEqual(['title', 'source', 'actors', 'relations'])
    expect(properties.source?.required).toEqual(['title', 'publisher'])
    expect(actor.required).toEqual(['id', 'name', 'kind'])
    expect(relation.required).toEqual(['id', 'source', 'target', 'type', 'directed', 'summary', 'evidence'])
    expect(relation.properties?.evidence?.minItems).toBe(1)
    expect(step.required).toEqual(['id', 'title', 'text'])
  })

  test('keeps steps optional and limited, and asks each for a non-empty actors or relations list', () => {
    expect(schema.required).not.toContain('steps')
    expect(properties.steps?.maxItems).toBe(LIMITS.steps)
    expect(step.properties?.title?.maxLength).toBe(LIMITS.stepTitle)
    expect(step.properties?.text?.maxLength).toBe(LIMITS.stepText)
    expect(step.anyOf).toEqual([
      { required: ['actors'], properties: { actors: { minItems: 1 } } },
      { required: ['relations'], properties: { relations: { minItems: 1 } } },
    ])
  })

  test('describes every field, for hover help', () => {
    for (const object of [schema, properties.source, actor, relation, step]) {
      for (const [key, field] of Object.entries(object?.properties ?? {})) {
        expect(field.description, key).toMatch(/\S/)
      }
    }
  })
})
