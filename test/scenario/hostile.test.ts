import { describe, expect, it } from 'vitest'
import { formatError, loadScenario, MAX_BYTES } from '../../src/scenario/index.ts'

const FILE = 'hostile.yaml'
const enc = new TextEncoder()

/** Deterministic pseudo-random bytes (an LCG), like a binary file renamed to .yaml. */
function noise(length: number): Uint8Array {
  const out = new Uint8Array(length)
  let x = 12345
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0
    out[i] = x >>> 24
  }
  return out
}

const billionLaughs = [
  'schemaVersion: 1',
  'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  ...'bcdefghijklmnop'.split('').map((c, i) => {
    const prev = i === 0 ? 'a' : 'bcdefghijklmnop'[i - 1]
    return `${c}: &${c} [${Array(9).fill(`*${prev}`).join(', ')}]`
  }),
].join('\n')

const TOO_DEEP = '(file): this file nests deeper than 64 levels; a scene file needs about 10'
const TOO_LONG =
  '(file): this file is too long for a scene file: more than 8000 lines and inline items (real scene files have about 1000 lines)'
const EMPTY = '(file): this file is empty; a scene file is a mapping that starts with "schemaVersion: 1"'

/** Input, and the one error it must be refused with (after `hostile.yaml:`). */
const CASES: [string, string | Uint8Array, string][] = [
  [
    'a text over 1 MB',
    `schemaVersion: 1\nnotes: ${'a'.repeat(MAX_BYTES)}`,
    '1:1 (file): this file is too large (1,048,600 bytes); scene files are limited to 1 MB (1,048,576 bytes)',
  ],
  [
    'bytes over 1 MB',
    enc.encode(`notes: ${'é'.repeat(MAX_BYTES / 2)}`),
    '1:1 (file): this file is too large (1,048,583 bytes); scene files are limited to 1 MB (1,048,576 bytes)',
  ],
  [
    'a string of 50 MB',
    'x'.repeat(50 * MAX_BYTES),
    '1:1 (file): this file is too large (at least 52,428,800 bytes); scene files are limited to 1 MB (1,048,576 bytes)',
  ],
  [
    'NUL bytes',
    enc.encode('schemaVersion: 1\nid: x\u0000\u0000\n'),
    '2:6 (file): this is not a YAML text file: it contains a NUL byte (binary data?)',
  ],
  [
    'a control character',
    'schemaVersion: 1\ntitle: ring \u0007 bell\n',
    '2:13 (file): this is not a YAML text file: it contains the control character U+0007 (binary data?)',
  ],
  [
    'invalid UTF-8',
    new Uint8Array([...enc.encode('schemaVersion: 1\ntitle: caf'), 0xe9, 0x0a]),
    '2:11 (file): this is not a UTF-8 text file: it contains bytes that are not valid UTF-8 (binary data?)',
  ],
  [
    '900 kB of random bytes',
    noise(900_000),
    '1:6 (file): this is not a UTF-8 text file: it contains bytes that are not valid UTF-8 (binary data?)',
  ],
  [
    'an alias bomb',
    billionLaughs,
    '3:8 b.0: YAML aliases (*a) are not allowed in scene files; write the value out in full',
  ],
  [
    '100 000 nested flow lists',
    `schemaVersion: 1\nx: ${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    `2:131 ${TOO_DEEP}`,
  ],
  ['an unclosed flow list 500 000 deep', `x: ${'['.repeat(500_000)}`, `1:131 ${TOO_DEEP}`],
  ['200 000 nested block lists on one line', `${'- '.repeat(200_000)}x`, `1:255 ${TOO_DEEP}`],
  [
    '1 000 levels of indentation',
    Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'),
    `129:129 ${TOO_DEEP}`,
  ],
  [
    '70 levels of indentation',
    Array.from({ length: 70 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'),
    `65:65 ${TOO_DEEP}`,
  ],
  ['300 000 blank lines', '\n'.repeat(300_000), `8002:1 ${TOO_LONG}`],
  ['300 000 items in one flow list', `x: [${'1, '.repeat(300_000)}1]`, `1:24003 ${TOO_LONG}`],
  [
    'a list',
    '- schemaVersion: 1\n- id: x\n',
    '1:1 (file): expected a scene (a mapping of fields such as schemaVersion, id, title), got a list',
  ],
  [
    'a number',
    '42\n',
    '1:1 (file): expected a scene (a mapping of fields such as schemaVersion, id, title), got a number',
  ],
  ['an empty file', '', `1:1 ${EMPTY}`],
  ['only whitespace', '  \n\n   \n', `1:1 ${EMPTY}`],
  [
    'two documents',
    'schemaVersion: 1\nid: hostile\n---\nschemaVersion: 1\n',
    '3:1 (file): this file holds more than one YAML document (a second "---"); a scene file holds exactly one scenario',
  ],
  [
    'an unclosed quote',
    'schemaVersion: 1\ntitle: "Anaphylaxis\nid: hostile\n',
    '4:1 (file): invalid YAML: Missing closing "quote',
  ],
  [
    'a 2000-character key',
    `${'k'.repeat(2000)}: 1\n`,
    '1:1 kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk…: invalid YAML: The : indicator must be at most 1024 chars after the start of an implicit block mapping key',
  ],
  [
    'no schemaVersion',
    'id: hostile\ntitle: x\n',
    '1:1 schemaVersion: missing required field "schemaVersion" (the scene format version; write schemaVersion: 1 at the top)',
  ],
]

describe('hostile input', () => {
  it.each(CASES)('refuses %s quickly with a clear message', (_, source, expected) => {
    const start = performance.now()
    const result = loadScenario(source, FILE)
    const elapsedMs = performance.now() - start
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([`${FILE}:${expected}`])
    expect(elapsedMs).toBeLessThan(1000)
  })

  it('caps a flood of errors at 100 and says how many more there are', () => {
    const keys = Array.from({ length: 150 }, (_, i) => `extra${i}: 1`).join('\n')
    const result = loadScenario(`schemaVersion: 1\n${keys}\n`, FILE)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toHaveLength(101)
    expect(formatError(result.errors[100] as (typeof result.errors)[number])).toMatch(
      /^hostile\.yaml:\d+:1 \(file\): \d+ more errors not shown$/,
    )
  })
})
