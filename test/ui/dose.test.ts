import { describe, expect, it } from 'vitest'
import { parseDose } from '../../src/ui/action-menu/dose.ts'

const value = (text: string) => {
  const r = parseDose(text)
  return r.ok ? r.value : r.message
}

describe('dose entry', () => {
  it('accepts a decimal point or a decimal comma', () => {
    expect(value('0.5')).toBe(0.5)
    expect(value('0,5')).toBe(0.5)
    expect(value(' 500 ')).toBe(500)
    expect(value('.5')).toBe(0.5)
    expect(value(',5')).toBe(0.5)
    expect(value('1.')).toBe(1)
    expect(value('1000')).toBe(1000)
    expect(value('0,500')).toBe(0.5)
    expect(value('1,5')).toBe(1.5)
    expect(value('12,25')).toBe(12.25)
  })

  it('refuses empty, negative, zero and non-numeric entries with a message', () => {
    const refused = (text: string) => {
      const r = parseDose(text, 'Dose')
      if (r.ok) throw new Error(`accepted ${text}`)
      return r.message
    }
    expect(refused('')).toBe('Enter the dose.')
    expect(refused('   ')).toBe('Enter the dose.')
    expect(refused('-1')).toBe('The dose cannot be negative.')
    expect(refused('-0.5')).toBe('The dose cannot be negative.')
    expect(refused('0')).toBe('The dose must be more than zero.')
    expect(refused('0,0')).toBe('The dose must be more than zero.')
    for (const text of ['NaN', 'abc', '1e3', '0x10', '1.2.3', '1,2,3', '+1', 'Infinity', '5mg', '.']) {
      expect(refused(text), text).toMatch(/as a number/)
    }
  })

  it('asks instead of guessing when a comma could group thousands', () => {
    const r = parseDose('1,000', 'Volume')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(/thousands separator/)
    expect(parseDose('10,000').ok).toBe(false)
  })

  it('names what is being entered', () => {
    const r = parseDose('', 'Energy')
    expect(r.ok ? '' : r.message).toBe('Enter the energy.')
  })
})
