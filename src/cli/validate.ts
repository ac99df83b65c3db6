/**
 * `npm run validate -- [--text FILE] FILE...`: checks dataset files and prints one line per problem,
 * `FILE: /relations/3/target: unknown actor …` or `FILE: line 4, column 2: …` for broken JSON, and checks
 * every quote against the source text: the file `source.text` names (relative to the dataset), the text
 * it holds inline, or the `--text` file, which overrides both.
 * Exit status: 0 when every file is valid, 1 when any is not, 2 for a usage error.
 * All checking lives in `src/`; this file only reads files and prints.
 */
import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { describeQuotes, describeSize, mergeErrors } from '../check-text.ts'
import type { Dataset } from '../dataset.ts'
import { errorText, quote } from '../describe-value.ts'
import { checkEvidence } from '../evidence.ts'
import { parseJsonText } from '../parse-json.ts'
import { sourceTextOf } from '../source-text.ts'
import { type DatasetError, formatError, parseDataset } from '../validate.ts'

const USAGE = `usage: npm run validate -- [--text FILE] FILE...

Checks each actor-network dataset FILE (JSON) against the format, and every quote
against the article: the file its source.text names (relative to the dataset), or
the text source.text holds. Only line breaks and spacing may differ.
Prints "FILE: ok (N actors, M relations, Q quotes found in TEXT)" or one line per
problem, and a warning when a dataset names no text. Exits 1 if any file has a problem.

  --text FILE   check the quotes against FILE instead of the datasets' source.text`

/** Node's codes for the usual reasons a file cannot be read, in words. */
const READ_FAILURES: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
}

/** The article's content and the name messages give it. */
interface Article {
  readonly text: string
  readonly name: string
}

type Read = { ok: true; text: string } | { ok: false; reason: string }

async function read(file: string): Promise<Read> {
  try {
    return { ok: true, text: await readFile(file, 'utf8') }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return { ok: false, reason: (code && READ_FAILURES[code]) || errorText(error) }
  }
}

/** The article a dataset names in `source.text`, a located error if it cannot be read, or nothing. */
async function namedArticle(file: string, dataset: unknown): Promise<Article | DatasetError | undefined> {
  const source = sourceTextOf(dataset)
  if (!source) return undefined
  if ('inline' in source) return { text: source.inline, name: 'source.text' }
  const content = await read(resolve(dirname(file), source.file))
  if (content.ok) return { text: content.text, name: source.file }
  return { pointer: '/source/text', message: `cannot read ${quote(source.file)}: ${content.reason}` }
}

async function checkFile(file: string, given: Article | undefined): Promise<boolean> {
  const content = await read(file)
  if (!content.ok) {
    console.log(`${file}: cannot read: ${content.reason}`)
    return false
  }
  const json = parseJsonText(content.text)
  if (!json.ok) {
    for (const error of json.errors) console.log(`${file}: ${formatError(error)}`)
    return false
  }
  const result = parseDataset(json.value)
  const article = given ?? (await namedArticle(file, json.value))
  // Quotes are checked even in a dataset that is not valid yet, so an editor sees every problem at once.
  const dataset = result.ok ? result.dataset : (json.value as Dataset)
  const evidenceErrors =
    article === undefined
      ? []
      : 'pointer' in article
        ? [article]
        : checkEvidence(dataset, article.text, article.name)
  const errors = mergeErrors(result.ok ? [] : result.errors, evidenceErrors)
  for (const error of errors) console.log(`${file}: ${formatError(error)}`)
  if (result.ok && errors.length === 0) {
    const quotes = article ? `, ${describeQuotes(result.dataset)} found in ${(article as Article).name}` : ''
    console.log(`${file}: ok (${describeSize(result.dataset)}${quotes})`)
  }
  if (!article) {
    console.log(
      `${file}: warning: quotes not checked: the dataset names no source.text (give one with --text FILE)`,
    )
  }
  return errors.length === 0
}

async function main(args: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>
  try {
    parsed = parseOptions(args)
  } catch (error) {
    console.error(`${errorText(error)}\n\n${USAGE}`)
    return 2
  }
  const { values, positionals: files } = parsed
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  if (files.length === 0) {
    console.error(USAGE)
    return 2
  }
  let given: Article | undefined
  if (values.text !== undefined) {
    const content = await read(values.text)
    if (!content.ok) {
      console.log(`${values.text}: cannot read: ${content.reason}`)
      return 1
    }
    given = { text: content.text, name: values.text }
  }
  let allValid = true
  // One file at a time, so each file's lines stay together and in the order given.
  for (const file of files) allValid = (await checkFile(file, given)) && allValid
  return allValid ? 0 : 1
}

const parseOptions = (args: string[]) =>
  parseArgs({
    args,
    allowPositionals: true,
    options: { text: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  })

process.exitCode = await main(process.argv.slice(2))
