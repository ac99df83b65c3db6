import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { Dataset } from '../src/dataset.ts'
import { checkEvidence, findQuote, type QuoteMatch } from '../src/evidence.ts'
import { copyOfValidDataset, editedDataset, validDataset, validDatasetArticle } from './fixtures.ts'

const ARTICLE = readFileSync(new URL('../data/article.txt', import.meta.url), 'utf8')

/** The text a match points at, to compare with what was asked for. */
const at = (text: string, match: QuoteMatch) => (match.found ? text.slice(match.start, match.end) : undefined)

describe('findQuote(text, quote)', () => {
  test('finds a verbatim quote at its offsets in the original text', () => {
    const text = 'The mayor spoke. Costa met union leaders on Monday. Talks went on.'
    const match = findQuote(text, 'Costa met union leaders on Monday.')
    expect(match).toEqual({ found: true, start: 17, end: 51 })
    expect(at(text, match)).toBe('Costa met union leaders on Monday.')
  })

  test('finds a quote in a re-wrapped text: line breaks, indents and double spaces are only whitespace', () => {
    const match = findQuote(validDatasetArticle, 'Costa met union leaders on Monday.')
    expect(at(validDatasetArticle, match)).toBe('Costa met union leaders\non Monday.')
    expect(at('a  b\t\tc\u00a0d', findQuote('a  b\t\tc\u00a0d', 'a b c d'))).toBe('a  b\t\tc\u00a0d')
  })

  test('finds a quote that is itself wrapped, and ignores whitespace at its ends', () => {
    const text = 'The strike entered its third week.'
    expect(findQuote(text, '\n  The strike entered\n  its third week.  \n')).toEqual({
      found: true,
      start: 0,
      end: 34,
    })
  })

  test('reads a text with Windows line breaks (CRLF) as any other', () => {
    const text = 'Talks stall.\r\nThe strike entered its third\r\nweek.\r\n'
    const match = findQuote(text, 'The strike entered its third week.')
    expect(at(text, match)).toBe('The strike entered its third\r\nweek.')
  })

  test('finds quotes at the very start and the very end of the text', () => {
    const text = 'Costa met union leaders. The strike went on.'
    expect(findQuote(text, 'Costa met')).toEqual({ found: true, start: 0, end: 9 })
    expect(findQuote(text, 'went on.')).toEqual({ found: true, start: 36, end: 44 })
    expect(findQuote(`\n\n  ${text}\n`, 'went on.')).toEqual({ found: true, start: 40, end: 48 })
  })

  test('gives the first occurrence of a repeated passage', () => {
    expect(findQuote('No deal. Talks went on. No deal.', 'No deal.')).toEqual({
      found: true,
      start: 0,
      end: 8,
    })
  })

  test('never finds an empty or blank quote', () => {
    expect(findQuote('Some text.', '')).toEqual({ found: false })
    expect(findQuote('Some text.', ' \n\t ')).toEqual({ found: false })
    expect(findQuote('', 'Some text.')).toEqual({ found: false })
  })

  test('whitespace may differ in layout, not in presence: a missing space is a difference', () => {
    const match = findQuote('Mr. Ratcliffe met her.', 'Mr.Ratcliffe met her.')
    expect(match).toMatchObject({
      found: false,
      differs: { text: 'Mr. Ratcliffe', quote: 'Mr.Ratcliffe', note: 'spacing differs' },
    })
  })

  test('a mistyped word gives the closest passage and the words that differ', () => {
    const match = findQuote(ARTICLE, 'seized President Nicolás Madura in a raid')
    expect(match).toEqual({
      found: false,
      closest: { start: 391, end: 432, passage: 'seized President Nicolás Maduro in a raid' },
      differs: { text: 'Maduro', quote: 'Madura' },
    })
    if (!match.found)
      expect(ARTICLE.slice(match.closest?.start, match.closest?.end)).toBe(match.closest?.passage)
  })

  test('the closest passage keeps the text’s own line breaks', () => {
    const match = findQuote(validDatasetArticle, 'The strike entered its fourth week.')
    expect(match).toMatchObject({
      found: false,
      closest: { passage: 'The strike entered its third\nweek.' },
      differs: { text: 'third', quote: 'fourth' },
    })
  })

  test('a sentence that is nowhere in the text has no closest passage', () => {
    expect(findQuote(ARTICLE, 'The harbour lease was signed by all parties in a festive ceremony.')).toEqual({
      found: false,
    })
  })

  test('a quote longer than the text: the closest passage, and the text ends where the quote goes on', () => {
    const match = findQuote('Costa met union leaders', 'Costa met union leaders on Monday')
    expect(match).toEqual({
      found: false,
      closest: { start: 0, end: 23, passage: 'Costa met union leaders' },
      differs: { text: '', quote: 'on', note: 'the text ends here' },
    })
  })

  describe('look-alike characters are different characters, and the difference is named', () => {
    test.each([
      ['the union’s plan', "the union's plan", '’', "'", 'curly vs straight apostrophe'],
      ["the union's plan", 'the union’s plan', "'", '’', 'straight vs curly apostrophe'],
      [
        '“We will not sign,” they said',
        '"We will not sign," they said',
        '“',
        '"',
        'opening curly vs straight double quote',
      ],
      ['the lease — and the port', 'the lease - and the port', '—', '-', 'em dash vs hyphen'],
      ['pages 10–12 of the lease', 'pages 10—12 of the lease', '–', '—', 'en vs em dash'],
      [
        'the talks… stalled again',
        'the talks... stalled again',
        '…',
        '...',
        'ellipsis character vs three dots',
      ],
      [
        'the talks... stalled again',
        'the talks… stalled again',
        '...',
        '…',
        'three dots vs ellipsis character',
      ],
    ])('text %j, quote %j', (text, quote, textMark, quoteMark, note) => {
      expect(findQuote(text, quote)).toEqual({
        found: false,
        closest: { start: 0, end: text.length, passage: text },
        differs: { text: textMark, quote: quoteMark, note },
      })
    })

    test('capitals, accents and Unicode encoding are named too', () => {
      const text = 'the U.S. military seized President Nicolás Maduro'
      expect(findQuote(text, 'the U.S. military seized president Nicolás Maduro')).toMatchObject({
        differs: { text: 'President', quote: 'president', note: 'capitals differ' },
      })
      expect(findQuote(text, 'the U.S. military seized President Nicolas Maduro')).toMatchObject({
        differs: { text: 'Nicolás', quote: 'Nicolas', note: 'accents differ' },
      })
      expect(findQuote(text, text.normalize('NFD'))).toMatchObject({
        found: false,
        differs: { note: 'the same letters in another Unicode encoding (composed vs decomposed accents)' },
      })
    })
  })

  test('property: any stretch of a text, re-wrapped, is found at offsets that hold it', () => {
    const word = fc.stringMatching(/^[A-Za-zéá’'“”—–.,…-]{1,8}$/)
    const space = fc.constantFrom(' ', '  ', '\n', '\r\n', '\t', '\u00a0', ' \n  ')
    const text = fc
      .array(fc.tuple(word, space), { minLength: 1, maxLength: 40 })
      .map((parts) => parts.flat().join(''))
    const stretch = text.chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.nat(text.length - 1),
        fc.nat(text.length - 1),
        fc.array(space, { maxLength: 60 }),
      ),
    )
    fc.assert(
      fc.property(stretch, ([text, a, b, spaces]) => {
        const quote = text.slice(Math.min(a, b), Math.max(a, b) + 1).trim()
        fc.pre(quote !== '')
        const start = text.indexOf(quote, Math.min(a, b))
        let n = 0
        const rewrapped = quote.replace(/\s+/g, () => spaces[n++ % Math.max(1, spaces.length)] ?? ' ')
        const match = findQuote(text, rewrapped)
        if (!match.found) throw new Error(`not found: ${JSON.stringify(rewrapped)}`)
        const collapse = (value: string) => value.replace(/\s+/g, ' ')
        expect(collapse(text.slice(match.start, match.end))).toBe(collapse(quote))
        expect(match.start).toBeLessThanOrEqual(start)
      }),
      { numRuns: 300 },
    )
  })
})

describe('checkEvidence(dataset, text, textName)', () => {
  test('finds every quote of a curated dataset in its article', () => {
    expect(checkEvidence(validDataset, validDatasetArticle, 'harbour.txt')).toEqual([])
  })

  test('locates each quote that is not in the text, with the closest passage and the difference', () => {
    const dataset = editedDataset((data) => {
      data.relations[1].evidence[1] = 'The strike entered its fourth week.'
      data.relations[2].evidence[0] = 'The council and the port authority signed the lease today.'
      data.relations[0].evidence[0] = "Costa met union leaders on Monday's"
    }) as Dataset
    expect(checkEvidence(dataset, validDatasetArticle, 'harbour.txt')).toEqual([
      {
        pointer: '/relations/0/evidence/0',
        message:
          'not in harbour.txt; closest passage: "…union leaders on Monday. “We will not…" (differs at "Monday." / "Monday\'s")',
      },
      {
        pointer: '/relations/1/evidence/1',
        message:
          'not in harbour.txt; closest passage: "…strike entered its third week. The council…" (differs at "third" / "fourth")',
      },
      {
        pointer: '/relations/2/evidence/0',
        message:
          'not in harbour.txt; closest passage: "…the port authority drafted the lease jointly.…" (differs at "drafted" / "signed")',
      },
    ])
  })

  test('words the issue’s example as it reads: pointer, text name, passage and difference', () => {
    const dataset = {
      relations: [0, 1, 2, 3].map(() => ({ evidence: ['seized President Nicolás Maduro in a raid'] })),
    }
    dataset.relations[3] = { evidence: ['seized President Nicolás Madura in a raid'] }
    expect(checkEvidence(dataset as unknown as Dataset, ARTICLE, 'article.txt')).toEqual([
      {
        pointer: '/relations/3/evidence/0',
        message:
          'not in article.txt; closest passage: "…seized President Nicolás Maduro in a raid…" (differs at "Maduro" / "Madura")',
      },
    ])
  })

  test('says when nothing in the text is close, and names the text "the source text" by default', () => {
    const dataset = editedDataset((data) => {
      data.relations[0].evidence[0] = 'An invented sentence about a festive signing ceremony.'
    }) as Dataset
    expect(checkEvidence(dataset, validDatasetArticle)).toEqual([
      { pointer: '/relations/0/evidence/0', message: 'not in the source text, nor anything close to it' },
    ])
  })

  test('a short name must be the text’s own, as a whole word: reported at the actor, before the quotes', () => {
    const dataset = editedDataset((data) => {
      data.actors[0].shortName = 'Costa'
      data.actors[1].shortName = 'Cost'
      data.actors[2].shortName = 'Dockers'
      data.relations[0].evidence[0] = "Costa met union leaders on Monday's"
    }) as Dataset
    expect(
      checkEvidence(dataset, validDatasetArticle, 'harbour.txt').map((e) => [e.pointer, e.message]),
    ).toEqual([
      [
        '/actors/1/shortName',
        'not in harbour.txt: a short name must be one the text itself uses, as a whole word',
      ],
      [
        '/actors/2/shortName',
        'not in harbour.txt: a short name must be one the text itself uses, as a whole word',
      ],
      ['/relations/0/evidence/0', expect.stringContaining('not in harbour.txt; closest passage')],
    ])
  })

  test('the shipped dataset’s short names are all the article’s own words', () => {
    const shipped = JSON.parse(
      readFileSync(new URL('../data/ratcliffe-rodriguez-caracas.json', import.meta.url), 'utf8'),
    ) as Dataset
    expect(shipped.actors.filter((a) => a.shortName).length).toBeGreaterThan(0)
    expect(checkEvidence(shipped, ARTICLE, 'article.txt')).toEqual([])
    const altered = {
      ...shipped,
      actors: shipped.actors.map((a) => (a.shortName ? { ...a, shortName: `${a.shortName}s` } : a)),
    }
    expect(checkEvidence(altered, ARTICLE, 'article.txt').length).toBe(
      shipped.actors.filter((a) => a.shortName).length,
    )
  })

  test('checks only relations’ evidence: step texts are captions, not quotes', () => {
    const dataset = copyOfValidDataset()
    dataset.steps = [
      { ...(dataset.steps?.[0] as NonNullable<Dataset['steps']>[0]), text: 'Words of our own.' },
    ]
    expect(checkEvidence(dataset, validDatasetArticle)).toEqual([])
  })

  test('skips what the validator reports in a dataset that is not valid yet, and checks the rest', () => {
    const dataset = editedDataset((data) => {
      data.relations[0].evidence = 'not a list'
      data.relations[1].evidence = [42, '', 'The strike entered its fourth week.']
      data.relations[2] = null
    })
    expect(checkEvidence(dataset as Dataset, validDatasetArticle).map((error) => error.pointer)).toEqual([
      '/relations/1/evidence/2',
    ])
    expect(checkEvidence({} as Dataset, validDatasetArticle)).toEqual([])
    expect(checkEvidence(null as unknown as Dataset, validDatasetArticle)).toEqual([])
  })
})
