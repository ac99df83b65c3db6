/**
 * Proves the hand curation of `data/ratcliffe-rodriguez-caracas.json` against its source article:
 * every quote is verbatim, every reference resolves, and the dataset satisfies the format contract.
 * Story steps add no facts: each rests on relations of the dataset, highlights exactly their
 * endpoints, and uses only the article's own time words and quotations.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as v from 'valibot'
import { describe, expect, test } from 'vitest'
import { type Dataset, DatasetSchema } from '../src/dataset.ts'
import { checkEvidence, findQuote } from '../src/evidence.ts'

const DATASET_PATH = fileURLToPath(new URL('../data/ratcliffe-rodriguez-caracas.json', import.meta.url))
const ARTICLE_PATH = fileURLToPath(new URL('../data/article.txt', import.meta.url))

interface RawRelation {
  id: string
  source: string
  target: string
  evidence: string[]
  when?: string
}
interface RawActor {
  id: string
  affiliation?: string
}
interface RawStep {
  id: string
  title: string
  text: string
  actors?: string[]
  relations?: string[]
}
interface RawDataset {
  source: { text?: string; published?: string; url?: string }
  actors: RawActor[]
  relations: RawRelation[]
  steps?: RawStep[]
}

const raw: unknown = JSON.parse(readFileSync(DATASET_PATH, 'utf8'))
const data = raw as RawDataset
const article = readFileSync(ARTICLE_PATH, 'utf8')
/** The validator's own check: verbatim, only the layout of whitespace may differ. */
const inArticle = (passage: string): boolean => findQuote(article, passage).found
const actorIds = new Set(data.actors.map((actor) => actor.id))
const relationsById = new Map(data.relations.map((relation) => [relation.id, relation]))
const steps = data.steps ?? []

const duplicates = (ids: string[]): string[] => ids.filter((id, index) => ids.indexOf(id) !== index)

describe('dataset format', () => {
  test('passes DatasetSchema from src/dataset.ts', () => {
    const result = v.safeParse(DatasetSchema, raw)
    expect(result.success, result.success ? '' : v.summarize(result.issues)).toBe(true)
  })

  test('source.text names a file that exists beside the JSON', () => {
    const text = data.source.text
    expect(text, 'source.text is missing').toBeTypeOf('string')
    const path = join(dirname(DATASET_PATH), text ?? '')
    expect(existsSync(path), `source.text "${text}" does not exist at ${path}`).toBe(true)
    expect(path, `source.text "${text}" is not the curated article`).toBe(ARTICLE_PATH)
  })

  test('source invents no publication date or URL (the article gives neither)', () => {
    expect(data.source.published, 'source.published is not in the article').toBeUndefined()
    expect(data.source.url, 'source.url is not in the article').toBeUndefined()
  })
})

describe('ids', () => {
  test('actor ids are unique', () => {
    expect(duplicates(data.actors.map((actor) => actor.id)), 'duplicate actor ids').toEqual([])
  })

  test('relation ids are unique', () => {
    expect(duplicates(data.relations.map((relation) => relation.id)), 'duplicate relation ids').toEqual([])
  })

  test('every affiliation resolves to another actor', () => {
    for (const actor of data.actors) {
      if (actor.affiliation === undefined) continue
      expect(
        actorIds.has(actor.affiliation),
        `actor "${actor.id}": affiliation "${actor.affiliation}" is not an actor id`,
      ).toBe(true)
      expect(actor.affiliation, `actor "${actor.id}" is affiliated with itself`).not.toBe(actor.id)
    }
  })

  test.each(data.relations)('relation $id: source and target resolve and differ', (relation) => {
    expect(
      actorIds.has(relation.source),
      `relation "${relation.id}": source "${relation.source}" is not an actor id`,
    ).toBe(true)
    expect(
      actorIds.has(relation.target),
      `relation "${relation.id}": target "${relation.target}" is not an actor id`,
    ).toBe(true)
    expect(relation.source, `relation "${relation.id}" links "${relation.source}" to itself`).not.toBe(
      relation.target,
    )
  })

  test('every actor takes part in at least one relation or affiliation', () => {
    const involved = new Set<string>()
    for (const relation of data.relations) {
      involved.add(relation.source)
      involved.add(relation.target)
    }
    for (const actor of data.actors) {
      if (actor.affiliation === undefined) continue
      involved.add(actor.id)
      involved.add(actor.affiliation)
    }
    const isolated = data.actors.map((actor) => actor.id).filter((id) => !involved.has(id))
    expect(isolated, `actors in no relation or affiliation: ${isolated.join(', ')}`).toEqual([])
  })
})

describe('evidence is verbatim from data/article.txt', () => {
  test('every quote, as `npm run validate` checks it', () => {
    expect(checkEvidence(raw as Dataset, article, 'data/article.txt')).toEqual([])
  })

  test.each(data.relations)('relation $id: quotes are distinct', (relation) => {
    expect(duplicates(relation.evidence), `relation "${relation.id}": repeated quote`).toEqual([])
  })

  test.each(data.relations.filter((relation) => relation.when !== undefined))(
    'relation $id: when is in the article’s own words',
    (relation) => {
      expect(
        inArticle(relation.when ?? ''),
        `relation "${relation.id}": when “${relation.when}” does not occur in data/article.txt`,
      ).toBe(true)
    },
  )
})

/**
 * Date and time expressions: weekdays, "last summer", "nearly two weeks ago", "a day after", years,
 * months. "May" and "March" count only before a number, as they are also verbs.
 */
const TIME_EXPRESSION = new RegExp(
  [
    String.raw`\b(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b`,
    String.raw`\b(?:last|this|next) (?:spring|summer|fall|autumn|winter|week|month|year)\b`,
    String.raw`\b(?:(?:nearly|almost|about|more than) )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+) (?:days?|weeks?|months?|years?|decades?) (?:ago|before|after|later|earlier)\b`,
    String.raw`\b(?:january|february|april|june|july|august|september|october|november|december)\b`,
    String.raw`\b(?:may|march) \d`,
    String.raw`\b\d{4}\b`,
    String.raw`\b(?:yesterday|today|tomorrow)\b`,
  ].join('|'),
  'gi',
)
const timeExpressions = (text: string): string[] => text.match(TIME_EXPRESSION) ?? []
const quotations = (text: string): string[] => [...text.matchAll(/“([^”]+)”/g)].map((match) => match[1] ?? '')
const articleLowerCase = article.toLowerCase()

describe('steps', () => {
  test('the dataset walks the reader through the article', () => {
    expect(steps.length).toBeGreaterThanOrEqual(5)
  })

  test('step ids are unique', () => {
    expect(duplicates(steps.map((step) => step.id)), 'duplicate step ids').toEqual([])
  })

  test.each(steps)('step $id: rests on relations that resolve, each named once', (step) => {
    const relations = step.relations ?? []
    expect(relations.length, `step "${step.id}" names no relation`).toBeGreaterThan(0)
    expect(duplicates(relations), `step "${step.id}": repeated relation`).toEqual([])
    for (const id of relations) {
      expect(relationsById.has(id), `step "${step.id}": relation "${id}" is not a relation id`).toBe(true)
    }
  })

  test.each(steps)('step $id: highlights exactly the endpoints of its relations', (step) => {
    const endpoints = new Set(
      (step.relations ?? []).flatMap((id) => {
        const relation = relationsById.get(id)
        return relation ? [relation.source, relation.target] : []
      }),
    )
    const actors = step.actors ?? []
    expect(duplicates(actors), `step "${step.id}": repeated actor`).toEqual([])
    for (const id of actors) {
      expect(actorIds.has(id), `step "${step.id}": actor "${id}" is not an actor id`).toBe(true)
      expect(endpoints.has(id), `step "${step.id}": actor "${id}" is in none of its relations`).toBe(true)
    }
    expect(new Set(actors), `step "${step.id}": actors are not the endpoints of its relations`).toEqual(
      endpoints,
    )
  })

  test.each(steps)('step $id: time words are the article’s own', (step) => {
    for (const expression of timeExpressions(`${step.title} ${step.text}`)) {
      expect(
        findQuote(articleLowerCase, expression.toLowerCase()).found,
        `step "${step.id}": “${expression}” does not occur in data/article.txt`,
      ).toBe(true)
    }
  })

  test.each(steps)('step $id: quotations are verbatim', (step) => {
    for (const quoted of quotations(`${step.title} ${step.text}`)) {
      expect(inArticle(quoted), `step "${step.id}": “${quoted}” is not verbatim in data/article.txt`).toBe(
        true,
      )
    }
  })

  test('the time-word check finds dates and relative times, and not the verb "may"', () => {
    const found = timeExpressions(
      'Last summer, on Thursday, nearly two weeks ago, a day after the 2024 election, in January and on May 3, officials may act.',
    )
    expect(found).toEqual([
      'Last summer',
      'on Thursday',
      'nearly two weeks ago',
      'a day after',
      '2024',
      'January',
      'May 3',
    ])
  })
})
