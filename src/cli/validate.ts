/**
 * `npm run validate -- FILE...`: checks dataset files and prints one line per problem,
 * `FILE: /relations/3/target: unknown actor …` or `FILE: line 4, column 2: …` for broken JSON.
 * Exit status: 0 when every file is valid, 1 when any is not, 2 for a usage error.
 * All checking lives in `src/`; this file only reads files and prints.
 */
import { readFile } from 'node:fs/promises'
import { checkDatasetText, describeSize } from '../check-text.ts'
import { errorText } from '../describe-value.ts'
import { formatError } from '../validate.ts'

const USAGE = `usage: npm run validate -- FILE...

Checks each actor-network dataset FILE (JSON) against the format and prints
"FILE: ok (N actors, M relations)" or one line per problem. Exits 1 if any file has a problem.`

/** Node's codes for the usual reasons a file cannot be read, in words. */
const READ_FAILURES: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
}

async function checkFile(file: string): Promise<boolean> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    console.log(`${file}: cannot read: ${(code && READ_FAILURES[code]) || errorText(error)}`)
    return false
  }
  const result = checkDatasetText(text)
  if (result.ok) console.log(`${file}: ok (${describeSize(result.dataset)})`)
  else for (const error of result.errors) console.log(`${file}: ${formatError(error)}`)
  return result.ok
}

async function main(args: readonly string[]): Promise<number> {
  if (args.length === 0) {
    console.error(USAGE)
    return 2
  }
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE)
    return 0
  }
  let allValid = true
  // One file at a time, so each file's lines stay together and in the order given.
  for (const file of args) allValid = (await checkFile(file)) && allValid
  return allValid ? 0 : 1
}

process.exitCode = await main(process.argv.slice(2))
