import { describe, expect, test } from 'vitest'
import { sourceTextOf } from '../src/source-text.ts'

const withText = (text: unknown) => ({ source: { title: 'T', publisher: 'P', text } })

describe('sourceTextOf(dataset)', () => {
  test('a one-line name with an extension is a file beside the dataset', () => {
    expect(sourceTextOf(withText('article.txt'))).toEqual({ file: 'article.txt' })
    expect(sourceTextOf(withText('texts/The talks, day 2.md'))).toEqual({ file: 'texts/The talks, day 2.md' })
  })

  test('anything else is the article itself, held inline', () => {
    expect(sourceTextOf(withText('Costa met union leaders on Monday.'))).toEqual({
      inline: 'Costa met union leaders on Monday.',
    })
    expect(sourceTextOf(withText('Talks stall.\nThe strike went on.txt'))).toEqual({
      inline: 'Talks stall.\nThe strike went on.txt',
    })
    expect(sourceTextOf(withText(`${'a'.repeat(300)}.txt`))).toHaveProperty('inline')
  })

  test('nothing when there is no usable source.text, whatever the value', () => {
    for (const value of [undefined, '', '  ', 42, null, ['article.txt']]) {
      expect(sourceTextOf(withText(value))).toBeUndefined()
    }
    expect(sourceTextOf({ source: null })).toBeUndefined()
    expect(sourceTextOf(null)).toBeUndefined()
    expect(sourceTextOf('article.txt')).toBeUndefined()
  })
})
