import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatCount } from '../src/describe-value.ts'

describe('formatCount', () => {
  it('groups thousands with commas', () => {
    expect(formatCount(0)).toBe('0')
    expect(formatCount(999)).toBe('999')
    expect(formatCount(1000)).toBe('1,000')
    expect(formatCount(1234567)).toBe('1,234,567')
    expect(formatCount(-12345)).toBe('-12,345')
  })

  it('writes every whole count as English number formatting does', () => {
    const english = new Intl.NumberFormat('en')
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (count) => {
        expect(formatCount(count)).toBe(english.format(count))
      }),
    )
  })
})
