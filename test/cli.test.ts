/**
 * The command-line check, run as a user runs it: a real process on real files.
 */
import { execFile } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { editedDataset, validDataset, validDatasetArticle } from './fixtures.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CLI = join(ROOT, 'src/cli/validate.ts')

interface Run {
  code: number
  stdout: string[]
  stderr: string
}

/** Runs `npm run validate -- ...args` the way package.json does, through tsx. */
function validate(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT }, (error, stdout, stderr) => {
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

/** `validDataset` naming its article, `harbour.txt`, written beside it. */
const withArticle = (data: object = validDataset) => {
  file('harbour.txt', validDatasetArticle)
  return { ...data, source: { ...validDataset.source, text: 'harbour.txt' } }
}

const NO_TEXT_WARNING =
  'warning: quotes not checked: the dataset names no source.text (give one with --text FILE)'

describe('npm run validate -- FILE...', { timeout: 20_000 }, () => {
  test('exits 0 and says ok, with the counts, when every file is valid', async () => {
    const valid = file('valid.json', JSON.stringify(withArticle(), null, 2))
    const alsoValid = file('also-valid.json', JSON.stringify(withArticle()))
    expect(await validate(valid, alsoValid)).toEqual({
      code: 0,
      stdout: [
        `${valid}: ok (4 actors, 3 relations, 4 quotes found in harbour.txt)`,
        `${alsoValid}: ok (4 actors, 3 relations, 4 quotes found in harbour.txt)`,
      ],
      stderr: '',
    })
  })

  test('exits 1 and reports every file, one line per problem', async () => {
    const dataset = editedDataset((data) => {
      data.relations[1].target = 'cota'
      data.souce = 'x'
    })
    const invalid = file('invalid.json', JSON.stringify(withArticle(dataset as object), null, 2))
    const broken = file('broken.json', '{\n  "title": "T",\n}\n')
    const empty = file('empty.json', '')
    const valid = file('valid.json', JSON.stringify(withArticle()))
    const missing = join(dir, 'missing.json')
    const run = await validate(invalid, broken, empty, missing, valid)
    expect(run.code).toBe(1)
    expect(run.stdout).toEqual([
      `${invalid}: /relations/1/target: unknown actor "cota" — did you mean "costa"?`,
      `${invalid}: /souce: unknown key "souce" — did you mean "source"?`,
      `${broken}: line 2, column 15: trailing comma before '}'`,
      `${empty}: line 1, column 1: empty file, expected a JSON object`,
      `${missing}: cannot read: no such file`,
      `${valid}: ok (4 actors, 3 relations, 4 quotes found in harbour.txt)`,
    ])
  })

  test('exits 2 with usage on stderr when given no file', async () => {
    const run = await validate()
    expect(run.code).toBe(2)
    expect(run.stdout).toEqual([])
    expect(run.stderr).toMatch(/^usage: npm run validate -- \[--text FILE\] FILE/)
  })

  test('exits 2 with the error and usage on stderr for an unknown option or a --text without a file', async () => {
    for (const args of [
      ['--txt', 'a.txt', 'data.json'],
      ['data.json', '--text'],
    ]) {
      const run = await validate(...args)
      expect(run.code).toBe(2)
      expect(run.stdout).toEqual([])
      expect(run.stderr).toMatch(
        /^(Unknown option '--txt'|Option '--text <value>' argument missing)[\s\S]*usage: npm run validate -- \[--text FILE\] FILE/,
      )
    }
  })
})

describe('npm run validate: every quote against the source text', { timeout: 20_000 }, () => {
  test('the shipped dataset passes: every quote is in data/article.txt', async () => {
    const run = await validate('data/ratcliffe-rodriguez-caracas.json')
    expect(run.code).toBe(0)
    expect(run.stdout).toEqual([
      expect.stringMatching(
        /^data\/ratcliffe-rodriguez-caracas\.json: ok \(\d+ actors, \d+ relations, \d+ quotes found in article\.txt\)$/,
      ),
    ])
  })

  test('a copy of the shipped dataset with an invented and a retyped quote exits 1 and names both', async () => {
    const data = JSON.parse(readFileSync(join(ROOT, 'data/ratcliffe-rodriguez-caracas.json'), 'utf8'))
    copyFileSync(join(ROOT, 'data/article.txt'), join(dir, 'article.txt'))
    data.relations[3].evidence[0] =
      'The director promised the interim president a second visit before the summer.'
    data.relations[5].evidence[0] = 'seized President Nicolás Madura in a raid'
    const copy = file('copy.json', JSON.stringify(data, null, 2))
    expect(await validate(copy)).toEqual({
      code: 1,
      stdout: [
        `${copy}: /relations/3/evidence/0: not in article.txt, nor anything close to it`,
        `${copy}: /relations/5/evidence/0: not in article.txt; closest passage: "…seized President Nicolás Maduro in a raid…" (differs at "Maduro" / "Madura")`,
      ],
      stderr: '',
    })
  })

  test('names a look-alike character that differs', async () => {
    const dataset = withArticle(
      editedDataset((data) => {
        data.relations[1].evidence[0] = '"We will not sign," the union said.'
      }) as object,
    )
    const straight = file('straight.json', JSON.stringify(dataset))
    expect((await validate(straight)).stdout).toEqual([
      `${straight}: /relations/1/evidence/0: not in harbour.txt; closest passage: "…leaders on Monday. “We will not sign,”…" (differs at "“" / "\\"": opening curly vs straight double quote)`,
    ])
  })

  test('a dataset that names no text validates, with one warning line that its quotes were not checked', async () => {
    const noText = file('no-text.json', JSON.stringify(validDataset))
    expect(await validate(noText)).toEqual({
      code: 0,
      stdout: [`${noText}: ok (4 actors, 3 relations)`, `${noText}: ${NO_TEXT_WARNING}`],
      stderr: '',
    })
  })

  test('--text FILE gives the text for a dataset that names none, and overrides the one it names', async () => {
    const noText = file('no-text.json', JSON.stringify(validDataset))
    const other = file(
      'other.json',
      JSON.stringify({ ...validDataset, source: { ...validDataset.source, text: 'nowhere.txt' } }),
    )
    const article = file('harbour-copy.txt', validDatasetArticle)
    expect(await validate('--text', article, noText, other)).toEqual({
      code: 0,
      stdout: [
        `${noText}: ok (4 actors, 3 relations, 4 quotes found in ${article})`,
        `${other}: ok (4 actors, 3 relations, 4 quotes found in ${article})`,
      ],
      stderr: '',
    })
    const wrong = file('wrong.txt', 'An article about something else entirely.')
    const run = await validate(`--text=${wrong}`, noText)
    expect(run.code).toBe(1)
    expect(run.stdout).toHaveLength(4)
    expect(run.stdout[0]).toBe(
      `${noText}: /relations/0/evidence/0: not in ${wrong}, nor anything close to it`,
    )
  })

  test('a --text that cannot be read exits 1 and says so', async () => {
    const missing = join(dir, 'missing.txt')
    const noText = file('no-text.json', JSON.stringify(validDataset))
    expect(await validate('--text', missing, noText)).toEqual({
      code: 1,
      stdout: [`${missing}: cannot read: no such file`],
      stderr: '',
    })
  })

  test('a source.text that cannot be read is a located problem', async () => {
    const dataset = { ...validDataset, source: { ...validDataset.source, text: 'gone.txt' } }
    const named = file('named.json', JSON.stringify(dataset))
    expect(await validate(named)).toEqual({
      code: 1,
      stdout: [`${named}: /source/text: cannot read "gone.txt": no such file`],
      stderr: '',
    })
  })

  test('a source.text that holds the article itself is checked as it is', async () => {
    const inline = { ...validDataset, source: { ...validDataset.source, text: validDatasetArticle } }
    const held = file('inline.json', JSON.stringify(inline))
    expect(await validate(held)).toEqual({
      code: 0,
      stdout: [`${held}: ok (4 actors, 3 relations, 4 quotes found in source.text)`],
      stderr: '',
    })
  })

  test('quotes are checked in a dataset that is not valid yet, after the validator’s problems', async () => {
    const dataset = withArticle(
      editedDataset((data) => {
        data.title = ''
        data.relations[2].evidence[0] = 'The council and the port authority drafted the lease quickly.'
      }) as object,
    )
    const invalid = file('invalid-quotes.json', JSON.stringify(dataset))
    const run = await validate(invalid)
    expect(run.code).toBe(1)
    expect(run.stdout).toEqual([
      `${invalid}: /title: title must not be empty`,
      `${invalid}: /relations/2/evidence/0: not in harbour.txt; closest passage: "…drafted the lease jointly. Neither would say…" (differs at "jointly." / "quickly.")`,
    ])
  })
})
