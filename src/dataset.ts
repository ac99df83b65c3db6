/**
 * The dataset format: a public contract. Editors author datasets in it; the widget, the validator,
 * the JSON Schema in `data/` and the command-line check are all derived from the schema below.
 * The `v.description` texts become the JSON Schema's descriptions, which editors show on hover.
 */
import * as v from 'valibot'
import { describeValue, formatCount } from './describe-value.ts'

/** The three kinds of relation the widget draws, in legend order. */
export const RELATION_TYPES = ['cooperation', 'negotiation', 'opposition'] as const
export type RelationType = (typeof RELATION_TYPES)[number]

/** Governments, agencies, parties and movements are institutions; loose collectives are groups. */
export const ACTOR_KINDS = ['person', 'institution', 'group'] as const
export type ActorKind = (typeof ACTOR_KINDS)[number]

/** Size limits past which a dataset is refused rather than drawn; a step's title and text are captions. */
export const LIMITS = {
  actors: 10_000,
  relations: 50_000,
  evidence: 20,
  text: 2_000,
  steps: 50,
  stepTitle: 100,
  stepText: 600,
} as const

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/** A message that names what was found, so the reader sees what to fix: `…, not "persn"`. */
const not =
  (expected: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    `${expected}, not ${describeValue(issue.input)}`

const tooLong =
  (what: string, limit: number) =>
  (issue: v.BaseIssue<string>): string =>
    `${what} is ${formatCount(issue.input.length)} characters long, more than the limit of ${formatCount(limit)}`

/**
 * The field helpers take their description as a `v.description('…')` written at the call site: the embed
 * build empties those literals (they only feed the JSON Schema), which it cannot do for a plain string
 * argument.
 */
type Description = v.DescriptionAction<string, string>

const text = (what: string, description: Description, limit: number = LIMITS.text) =>
  v.pipe(
    v.string(not(`${what} must be a string`)),
    v.regex(/\S/, `${what} must not be empty`),
    v.maxLength(limit, tooLong(what, limit)),
    description,
  )

const slug = (what: string, description: Description) =>
  v.pipe(
    v.string(not(`${what} must be a string`)),
    v.regex(SLUG, not(`${what} must be a slug: lowercase letters, digits and single hyphens`)),
    v.maxLength(100, tooLong(what, 100)),
    description,
  )

/**
 * An object's entries with no prototype. Valibot walks them with `for…in`, which also visits what a page's
 * script added to `Object.prototype` as enumerable (old libraries do): every dataset would then fail.
 */
const entries = <T extends v.ObjectEntries>(fields: T): T => Object.assign(Object.create(null), fields)

const list = <T extends v.GenericSchema>(items: T, what: string, limit: number) =>
  v.pipe(
    v.array(items, not(`${what} must be an array`)),
    v.maxLength(
      limit,
      (issue) => `${formatCount(issue.input.length)} ${what}, more than the limit of ${formatCount(limit)}`,
    ),
  )

export const SourceSchema = v.pipe(
  v.strictObject(
    entries({
      title: text(
        'source title',
        v.description('Headline or title of the article the dataset is drawn from.'),
      ),
      publisher: text(
        'publisher',
        v.description('Newspaper, broadcaster or site that published the article.'),
      ),
      author: v.optional(text('author', v.description('Author or authors, as credited.'))),
      published: v.optional(
        v.pipe(
          v.string(not('published must be a string')),
          v.regex(ISO_DATE, not('published must be a date written YYYY-MM-DD')),
          v.description('Publication date, YYYY-MM-DD.'),
        ),
      ),
      url: v.optional(
        v.pipe(
          v.string(not('url must be a string')),
          v.url(not('url must be an absolute URL')),
          v.description('Address of the article, an absolute URL.'),
        ),
      ),
      text: v.optional(
        text('text', v.description('The article text, or the name of a text file beside the dataset.')),
      ),
    }),
    not('source must be an object'),
  ),
  v.description('The article every quote in the dataset comes from.'),
)

export const ActorSchema = v.pipe(
  v.strictObject(
    entries({
      id: slug(
        'actor id',
        v.description('Unique slug naming this actor in relations and affiliations, e.g. "maduro".'),
      ),
      name: text('name', v.description('Name as shown on the node, e.g. "Nicolás Maduro".')),
      shortName: v.optional(
        text(
          'shortName',
          v.description(
            'A shorter form of the name, as the source itself uses it (e.g. "Maduro"), shown on the node where space is tight (a phone); the full name stays in the tooltip, details and table.',
          ),
        ),
      ),
      kind: v.pipe(
        v.picklist(ACTOR_KINDS, not(`kind must be one of ${ACTOR_KINDS.join(', ')}`)),
        v.description(
          'person; institution (governments, agencies, parties, movements); or group (loose collectives).',
        ),
      ),
      role: v.optional(
        text('role', v.description('Office or position at the time of the article, e.g. "C.I.A. director".')),
      ),
      affiliation: v.optional(
        slug('affiliation', v.description('Id of another actor this actor belongs to or works for.')),
      ),
      description: v.optional(
        text('description', v.description('One or two sentences of context shown in the tooltip.')),
      ),
    }),
    not('actor must be an object'),
  ),
  v.description('A person, institution or group named in the article.'),
)

export const RelationSchema = v.pipe(
  v.strictObject(
    entries({
      id: slug('relation id', v.description('Unique slug for this relation.')),
      source: slug(
        'source',
        v.description('Id of the actor the relation starts from (the actor acting, if directed).'),
      ),
      target: slug('target', v.description('Id of the other actor (the one acted upon, if directed).')),
      type: v.pipe(
        v.picklist(RELATION_TYPES, not(`type must be one of ${RELATION_TYPES.join(', ')}`)),
        v.description('cooperation, negotiation or opposition.'),
      ),
      directed: v.pipe(
        v.boolean(not('directed must be true or false')),
        v.description('true when the source acts on the target; false when both take part alike.'),
      ),
      summary: text(
        'summary',
        v.description('One sentence saying what the relation is, in the editor’s words.'),
      ),
      evidence: v.pipe(
        v.array(
          text('quote', v.description('A verbatim quote from the article.')),
          not('evidence must be an array of quotes'),
        ),
        v.minLength(1, 'evidence must hold at least one quote'),
        v.maxLength(LIMITS.evidence, (issue) => {
          const found = formatCount(issue.input.length)
          return `evidence holds ${found} quotes, more than the limit of ${LIMITS.evidence}`
        }),
        v.description('Verbatim quotes from the article that show the relation; at least one.'),
      ),
      when: v.optional(
        text('when', v.description('When the relation held, in words or as a date, e.g. "January 2026".')),
      ),
    }),
    not('relation must be an object'),
  ),
  v.description('A relation between two actors, backed by verbatim quotes.'),
)

/**
 * A step must also highlight something (a non-empty `actors` or `relations`). That rule is checked in
 * consistency.ts rather than here, where a `v.partialCheck` would add its weight to the embed bundle;
 * json-schema.ts writes it into the published schema as an `anyOf`.
 */
export const StepSchema = v.pipe(
  v.strictObject(
    entries({
      id: slug('step id', v.description('Unique slug for this step, e.g. "the-raid".')),
      title: text(
        'step title',
        v.description('A few words naming the step, e.g. "The raid".'),
        LIMITS.stepTitle,
      ),
      text: text(
        'step text',
        v.description(
          'One or two neutral sentences telling the reader what this step shows, attributed as the article attributes it.',
        ),
        LIMITS.stepText,
      ),
      actors: v.optional(
        v.pipe(
          list(slug('actor id', v.description('Id of an actor to highlight.')), 'actors', LIMITS.actors),
          v.description('Ids of the actors this step highlights.'),
        ),
      ),
      relations: v.optional(
        v.pipe(
          list(
            slug('relation id', v.description('Id of a relation to highlight.')),
            'relations',
            LIMITS.relations,
          ),
          v.description('Ids of the relations this step highlights.'),
        ),
      ),
    }),
    not('step must be an object'),
  ),
  v.description('One stop in a guided reading of the network: a caption and what to highlight.'),
)

export const DatasetSchema = v.pipe(
  v.strictObject(
    entries({
      $schema: v.optional(
        v.pipe(
          v.string(not('$schema must be a string')),
          v.description('Path or URL of the JSON Schema, so editors can check and complete the file.'),
        ),
      ),
      title: text('title', v.description('Title shown above the network.')),
      description: v.optional(
        text('description', v.description('A few sentences on what the network shows.')),
      ),
      source: SourceSchema,
      actors: v.pipe(
        list(ActorSchema, 'actors', LIMITS.actors),
        v.description('Every actor drawn as a node; ids must be unique.'),
      ),
      relations: v.pipe(
        list(RelationSchema, 'relations', LIMITS.relations),
        v.description(
          'Every relation drawn as an edge; ids must be unique, source and target must be actor ids.',
        ),
      ),
      steps: v.optional(
        v.pipe(
          list(StepSchema, 'steps', LIMITS.steps),
          v.description(
            'Optional guided reading, in order; step ids must be unique, and each step names actors or relations of this dataset.',
          ),
        ),
      ),
    }),
    not('a dataset must be a JSON object'),
  ),
  v.title('Actor network dataset'),
  v.description(
    'Political actors named in one article and the relations between them, each backed by verbatim quotes.',
  ),
)

export type Source = v.InferOutput<typeof SourceSchema>
export type Actor = v.InferOutput<typeof ActorSchema>
export type Relation = v.InferOutput<typeof RelationSchema>
export type Step = v.InferOutput<typeof StepSchema>
export type Dataset = v.InferOutput<typeof DatasetSchema>
