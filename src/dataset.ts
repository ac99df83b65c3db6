/**
 * The dataset format: a public contract. Editors author datasets in it; the widget, the validator,
 * the JSON Schema in `data/` and the command-line check are all derived from the schema below.
 */
import * as v from 'valibot'

/** The three kinds of relation the widget draws, in legend order. */
export const RELATION_TYPES = ['cooperation', 'negotiation', 'opposition'] as const
export type RelationType = (typeof RELATION_TYPES)[number]

/** Governments, agencies, parties and movements are institutions; loose collectives are groups. */
export const ACTOR_KINDS = ['person', 'institution', 'group'] as const
export type ActorKind = (typeof ACTOR_KINDS)[number]

/** Size limits past which a dataset is refused rather than drawn. */
export const LIMITS = { actors: 10_000, relations: 50_000, evidence: 20, text: 2_000 } as const

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

const text = (what: string) =>
  v.pipe(
    v.string(`${what} must be a string`),
    v.regex(/\S/, `${what} must not be empty`),
    v.maxLength(LIMITS.text, `${what} is longer than ${LIMITS.text} characters`),
  )

const slug = (what: string) =>
  v.pipe(
    v.string(`${what} must be a string`),
    v.regex(SLUG, `${what} must be a slug: lowercase letters, digits and single hyphens`),
    v.maxLength(100, `${what} is longer than 100 characters`),
  )

export const SourceSchema = v.strictObject(
  {
    title: text('source title'),
    publisher: text('publisher'),
    author: v.optional(text('author')),
    published: v.optional(
      v.pipe(
        v.string('published must be a string'),
        v.regex(ISO_DATE, 'published must be a date, YYYY-MM-DD'),
      ),
    ),
    url: v.optional(v.pipe(v.string('url must be a string'), v.url('url must be an absolute URL'))),
    text: v.optional(text('text')),
  },
  'source must be an object',
)

export const ActorSchema = v.strictObject(
  {
    id: slug('actor id'),
    name: text('name'),
    kind: v.picklist(ACTOR_KINDS, `kind must be one of ${ACTOR_KINDS.join(', ')}`),
    role: v.optional(text('role')),
    affiliation: v.optional(slug('affiliation')),
    description: v.optional(text('description')),
  },
  'actor must be an object',
)

export const RelationSchema = v.strictObject(
  {
    id: slug('relation id'),
    source: slug('source'),
    target: slug('target'),
    type: v.picklist(RELATION_TYPES, `type must be one of ${RELATION_TYPES.join(', ')}`),
    directed: v.boolean('directed must be true or false'),
    summary: text('summary'),
    evidence: v.pipe(
      v.array(text('quote'), 'evidence must be an array of quotes'),
      v.minLength(1, 'evidence must hold at least one quote'),
      v.maxLength(LIMITS.evidence, `evidence holds more than ${LIMITS.evidence} quotes`),
    ),
    when: v.optional(text('when')),
  },
  'relation must be an object',
)

export const DatasetSchema = v.strictObject(
  {
    $schema: v.optional(v.string('$schema must be a string')),
    title: text('title'),
    description: v.optional(text('description')),
    source: SourceSchema,
    actors: v.pipe(
      v.array(ActorSchema, 'actors must be an array'),
      v.maxLength(LIMITS.actors, `more than ${LIMITS.actors.toLocaleString('en')} actors`),
    ),
    relations: v.pipe(
      v.array(RelationSchema, 'relations must be an array'),
      v.maxLength(LIMITS.relations, `more than ${LIMITS.relations.toLocaleString('en')} relations`),
    ),
  },
  'a dataset must be a JSON object',
)

export type Source = v.InferOutput<typeof SourceSchema>
export type Actor = v.InferOutput<typeof ActorSchema>
export type Relation = v.InferOutput<typeof RelationSchema>
export type Dataset = v.InferOutput<typeof DatasetSchema>
