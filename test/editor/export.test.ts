import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { textFromMarkdown, textKind, tidyText } from '../../src/editor/article-text.ts'
import { checkWork } from '../../src/editor/check-work.ts'
import { addActor, addRelation, setRelationField, setSourceField, setTitle } from '../../src/editor/edits.ts'
import { datasetFileName, datasetJson, embedSnippet } from '../../src/editor/export.ts'
import { openDataset } from '../../src/editor/open.ts'
import { previewDataset } from '../../src/editor/preview.ts'
import { maySave, readSaved, writeSaved } from '../../src/editor/saved.ts'
import { newWork, type Work } from '../../src/editor/work.ts'
import { parseDataset } from '../../src/validate.ts'

const shipped = readFileSync(new URL('../../data/ratcliffe-rodriguez-caracas.json', import.meta.url), 'utf8')

function small(): Work {
  let work = newWork('The council met the utility.', { title: 'Council meets utility', publisher: 'Ledger' })
  work = setTitle(work, 'Council and utility')
  work = addActor(work, { name: 'Town Council', kind: 'institution' }).work
  work = addActor(work, { name: 'Water Utility', kind: 'institution' }).work
  work = addRelation(work, { source: 'town-council', target: 'water-utility', quote: 'The council met' }).work
  return setRelationField(work, 'town-council-water-utility', 'summary', 'The council meets the utility.')
}

test('datasetJson(work) writes $schema first, the format’s key order and the text file’s name', () => {
  const json = datasetJson(setSourceField(small(), 'author', 'A. Writer'))
  expect(json.startsWith('{\n  "$schema": "./actor-network.schema.json",\n  "title"')).toBe(true)
  expect(json.endsWith('}\n')).toBe(true)
  const value = JSON.parse(json)
  expect(Object.keys(value.source)).toEqual(['title', 'publisher', 'author', 'text'])
  expect(value.source.text).toBe('article.txt')
  expect(Object.keys(value.relations[0])).toEqual([
    'id',
    'source',
    'target',
    'type',
    'directed',
    'summary',
    'evidence',
  ])
  expect(parseDataset(value).ok).toBe(true)
})

test('an exported file opened and exported again without edits is the same, byte for byte', () => {
  const first = datasetJson(small())
  const opened = openDataset(first, 'The council met the utility.')
  expect(opened.problems).toEqual([])
  expect(datasetJson(opened.work as Work)).toBe(first)
  // The shipped dataset too: opening it and exporting gives the same data.
  const shippedWork = openDataset(shipped, 'article').work as Work
  expect(JSON.parse(datasetJson(shippedWork))).toEqual(JSON.parse(shipped))
})

test('openDataset: text that is not JSON opens nothing and says where it breaks', () => {
  const opened = openDataset('{ "title": "x", }')
  expect(opened.work).toBeUndefined()
  expect(opened.problems).toEqual([expect.objectContaining({ line: 1, column: 15 })])
})

test('openDataset: JSON that is no dataset opens what can be read, with every located problem', () => {
  const opened = openDataset(
    JSON.stringify({
      title: 'Half a dataset',
      source: { title: 'S' },
      actors: [{ id: 'a', name: 'A', kind: 'persn' }, 'junk'],
      relations: [{ id: 'r', source: 'a', target: 'b', evidence: ['q', 3] }],
    }),
  )
  expect(opened.work?.dataset.actors).toEqual([{ id: 'a', name: 'A', kind: 'persn' }])
  expect(opened.work?.dataset.relations[0]?.evidence).toEqual(['q'])
  const pointers = opened.problems.map((p) => p.pointer)
  expect(pointers).toEqual(
    expect.arrayContaining(['/source/publisher', '/actors/0/kind', '/actors/1', '/relations/0/evidence/1']),
  )
  expect(openDataset('[1, 2]')).toEqual({ problems: [expect.objectContaining({ pointer: '' })] })
})

test('datasetFileName and embedSnippet name the file after the title', () => {
  expect(datasetFileName(small())).toBe('council-and-utility.json')
  expect(datasetFileName(newWork(''))).toBe('dataset.json')
  expect(embedSnippet(small())).toContain('<actor-network src="council-and-utility.json" loading="lazy">')
})

test('saved work: read back as written; a tab may save only over the revision it last saw', () => {
  const saved = { revision: 4, work: small() }
  expect(readSaved(writeSaved(saved))).toEqual(saved)
  expect(readSaved('{"revision": 1}')).toBeUndefined()
  expect(readSaved('not json')).toBeUndefined()
  expect(readSaved(null)).toBeUndefined()
  expect(maySave(4, saved)).toBe(true)
  expect(maySave(3, saved)).toBe(false)
  expect(maySave(0, undefined)).toBe(true)
})

test('article text: Markdown loses its markup, keeps its words and paragraphs', () => {
  const markdown =
    '# Pipes\r\n\r\nThe **council** met [the utility](https://x.example) on _Tuesday_.\r\n\r\n\r\n> “We agree,” she said.'
  expect(textFromMarkdown(markdown)).toBe(
    'Pipes\n\nThe council met the utility on Tuesday.\n\n“We agree,” she said.',
  )
  expect(tidyText('\uFEFFa  \r\nb')).toBe('a\nb')
  expect(textKind('story.MD')).toBe('markdown')
  expect(textKind('page.htm')).toBe('html')
  expect(textKind('x', 'application/json')).toBe('json')
  expect(textKind('notes')).toBe('text')
})

test('previewDataset(work) draws what can be drawn already, and nothing before there is an actor', () => {
  expect(previewDataset(newWork('text'))).toBeUndefined()
  let work = small()
  work = addActor(work, { name: '' }).work
  work = addRelation(work, { source: 'town-council', target: 'nobody' }).work
  work = setRelationField(work, 'town-council-water-utility', 'summary', '')
  const preview = previewDataset(work)
  // The unnamed actor and the relation to an unknown actor wait; an empty summary shows as pending.
  expect(preview?.actors.map((a) => a.id)).toEqual(['town-council', 'water-utility'])
  expect(preview?.relations.map((r) => [r.id, r.summary])).toEqual([['town-council-water-utility', '…']])
  // The work itself is untouched: the preview is never exported.
  expect(work.dataset.relations[0]?.summary).toBe('')
})

test('checkWork(work) lists the validator’s problems and every quote not in the article, located', () => {
  expect(checkWork(small())).toEqual([])
  let work = addRelation(small(), {
    source: 'town-council',
    target: 'water-utility',
    quote: 'The council met them',
  }).work
  work = setTitle(work, '')
  expect(checkWork(work).map((p) => p.pointer)).toEqual([
    '/title',
    '/relations/1/summary',
    '/relations/1/evidence/0',
  ])
  // Before there is an article, quotes are not held to one.
  expect(checkWork({ ...small(), text: '' })).toEqual([])
})
