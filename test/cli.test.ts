/**
 * The command-line check, run as a user runs it: a real process on real files.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { editedDataset, validDataset } from './fixtures.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CLI = join(ROOT, 'src/cli/validate.ts')

interface Run {
  code: number
  stdout: string[]
  stderr: string
}

/** Runs `npm run validate -- ...files` the way package.json does, through tsx. */
function validate(...files: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', CLI, ...files], { cwd: ROOT }, (error, stdout, stderr) => {
      const code = error ? Number(error.code ?? 1) : 0
      resolve({ code, stdout: stdout.split('\n').filter(Boolean), stderr })
    })
  })
}

let dir = ''
const file = (name: string, content: string) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'actor-network-cli-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('npm run validate -- FILE...', { timeout: 20_000 }, () => {
  test('exits 0 and says ok, with the counts, when every file is valid', async () => {
    const valid = file('valid.json', JSON.stringify(validDataset, null, 2))
    const alsoValid = file('also-valid.json', JSON.stringify(validDataset))
    expect(await validate(valid, alsoValid)).toEqual({
      code: 0,
      stdout: [`${valid}: ok (4 actors, 3 relations)`, `${alsoValid}: ok (4 actors, 3 relations)`],
      stderr: '',
    })
  })

  test('exits 1 and reports every file, one line per problem', async () => {
    const dataset = editedDataset((data) => {
      data.relations[1].target = 'cota'
      data.souce = 'x'
    })
    const invalid = file('invalid.json', JSON.stringify(dataset, null, 2))
    const broken = file('broken.json', '{\n  "title": "T",\n}\n')
    const empty = file('empty.json', '')
    const valid = file('valid.json', JSON.stringify(validDataset))
    const missing = join(dir, 'missing.json')
    const run = await validate(invalid, broken, empty, missing, valid)
    expect(run.code).toBe(1)
    expect(run.stdout).toEqual([
      `${invalid}: /relations/1/target: unknown actor "cota" — did you mean "costa"?`,
      `${invalid}: /souce: unknown key "souce" — did you mean "source"?`,
      `${broken}: line 2, column 15: trailing comma before '}'`,
      `${empty}: line 1, column 1: empty file, expected a JSON object`,
      `${missing}: cannot read: no such file`,
      `${valid}: ok (4 actors, 3 relations)`,
    ])
  })

  test('exits 2 with usage on stderr when given no file', async () => {
    const run = await validate()
    expect(run.code).toBe(2)
    expect(run.stdout).toEqual([])
    expect(run.stderr).toMatch(/^usage: npm run validate -- FILE/)
  })
})
