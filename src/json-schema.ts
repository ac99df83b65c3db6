/**
 * The published JSON Schema of the dataset format, generated from `DatasetSchema` so the two never
 * drift. Editors point a dataset's `$schema` at `data/actor-network.schema.json` and get checking,
 * hover documentation and completion. The generator is a devDependency: only the `npm run schema`
 * script and the tests import this module, never the widget.
 */
import { type ConversionConfig, type JsonSchema, toJsonSchema } from '@valibot/to-json-schema'
import { DatasetSchema, StepSchema } from './dataset.ts'

/** Where the schema is published, relative to the repository root. */
export const SCHEMA_FILE = 'data/actor-network.schema.json'

/** The schema's identifier: its file name, which a dataset beside it references as `./actor-network.schema.json`. */
const SCHEMA_ID = 'actor-network.schema.json'

/**
 * The step's object schema, the first item of its pipe. A step must highlight something, a rule that
 * consistency.ts checks (to keep a Valibot action out of the embed bundle) and that `StepSchema` therefore
 * does not carry: it is added to the step's object here, before the pipe's description.
 */
const stepObject = StepSchema.pipe[0]

/** A non-empty `actors` or a non-empty `relations`, as JSON Schema. */
const HIGHLIGHTS_SOMETHING: JsonSchema[] = ['actors', 'relations'].map((key) => ({
  required: [key],
  properties: { [key]: { minItems: 1 } },
}))

const overrideSchema: ConversionConfig['overrideSchema'] = ({ valibotSchema, jsonSchema }) =>
  valibotSchema === stepObject ? { ...jsonSchema, anyOf: HIGHLIGHTS_SOMETHING } : undefined

/** The JSON Schema (draft-07, the draft editors support best) for a dataset file. */
export function datasetJsonSchema(): Record<string, unknown> {
  // `errorMode: 'throw'` (the default) makes any schema piece the generator cannot express fail the
  // build instead of silently loosening the published contract; the one rule checked outside the
  // schema is written by hand above.
  const { $schema, title, description, ...schema } = toJsonSchema(DatasetSchema, {
    target: 'draft-07',
    overrideSchema,
  })
  // Identification first, then the structure: the order a reader of the file expects.
  return { $schema, $id: SCHEMA_ID, title, description, ...schema }
}

/** The schema file's exact text: two-space indents and a trailing newline, as committed. */
export const datasetJsonSchemaText = (): string => `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`
