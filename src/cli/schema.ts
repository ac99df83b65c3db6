/**
 * `npm run schema`: writes the published JSON Schema, generated from `DatasetSchema`.
 * Run it after changing src/dataset.ts; test/json-schema.test.ts fails until the file is current.
 */
import { writeFile } from 'node:fs/promises'
import { datasetJsonSchemaText, SCHEMA_FILE } from '../json-schema.ts'

const target = new URL(`../../${SCHEMA_FILE}`, import.meta.url)
await writeFile(target, datasetJsonSchemaText())
console.log(`wrote ${SCHEMA_FILE}`)
