import { describe, expect, it } from 'vitest'
import { formatIsoDuration, ISO_DURATION_PATTERN } from '../../../src/xapi/statements/index.ts'
import { xapiWarnings } from './fixtures.ts'

describe('formatIsoDuration', () => {
  it.each([
    [0, 'PT0S'],
    [1_000, 'PT1S'],
    [754_500, 'PT12M34.5S'],
    [12_340, 'PT12.34S'],
    [12_300, 'PT12.3S'],
    [12_050, 'PT12.05S'],
    [60_000, 'PT1M'],
    [3_600_000, 'PT1H'],
    [3_661_230, 'PT1H1M1.23S'],
    [86_400_000, 'P1D'],
    [90_000_000, 'P1DT1H'],
    [90_061_010, 'P1DT1H1M1.01S'],
    [3 * 86_400_000 + 5_000, 'P3DT5S'],
  ])('%i ms → %s', (ms, iso) => {
    expect(formatIsoDuration(ms)).toBe(iso)
  })

  it('rounds to 0.01 s (xAPI: at most 0.01 s precision), carrying into the next unit', () => {
    expect(formatIsoDuration(4)).toBe('PT0S')
    expect(formatIsoDuration(5)).toBe('PT0.01S')
    expect(formatIsoDuration(1_234.4)).toBe('PT1.23S')
    expect(formatIsoDuration(999.999)).toBe('PT1S')
    expect(formatIsoDuration(59_995)).toBe('PT1M')
    expect(formatIsoDuration(3_599_996)).toBe('PT1H')
    expect(formatIsoDuration(86_399_999)).toBe('P1D')
  })

  it('rejects negative and non-finite durations', () => {
    expect(() => formatIsoDuration(-1)).toThrow(RangeError)
    expect(() => formatIsoDuration(Number.NaN)).toThrow(RangeError)
    expect(() => formatIsoDuration(Number.POSITIVE_INFINITY)).toThrow(RangeError)
  })

  it('never uses the hh:mm:ss form and is accepted by the LearningLocker validator', () => {
    for (const ms of [0, 5, 999, 1_000, 61_001, 3_600_000, 90_061_010, 123_456_789]) {
      const iso = formatIsoDuration(ms)
      expect(iso).toMatch(ISO_DURATION_PATTERN)
      expect(iso).not.toContain(':')
      const statement = {
        actor: { mbox: 'mailto:a@example.com' },
        verb: { id: 'http://adlnet.gov/expapi/verbs/terminated' },
        object: { id: 'https://example.com/au' },
        result: { duration: iso },
      }
      expect(xapiWarnings(statement), iso).toEqual([])
    }
  })
})
