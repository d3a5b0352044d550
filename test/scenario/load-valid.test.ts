import { readdirSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { formatError, loadScenario } from '../../src/scenario/index.ts'
import { parseYaml } from '../../src/scenario/parse-yaml.ts'

const FILE = 'minimal-valid.yaml'
const SCENES = new URL('../../scenes/', import.meta.url)
const bytes = readFileSync(new URL(`../fixtures/valid/${FILE}`, import.meta.url))
const text = bytes.toString('utf8')

function load(source: string | Uint8Array, file = FILE) {
  const result = loadScenario(source, file)
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'))
  return result.scenario
}

describe('loading a valid scene file', () => {
  it('returns the scenario', () => {
    const scenario = load(bytes)
    expect(scenario.id).toBe('minimal-valid')
    expect(Object.keys(scenario.states)).toEqual(['hypoglycaemic', 'recovering'])
    expect(scenario.initial.vitals.hr).toEqual([100, 110])
  })

  it('keeps every field of the file: the scenario equals the plain YAML data', () => {
    expect(load(bytes)).toStrictEqual(parse(text))
  })

  it.each(readdirSync(SCENES).filter((f) => f.endsWith('.yaml')))('keeps every field of scenes/%s', (file) => {
    const source = readFileSync(new URL(file, SCENES), 'utf8')
    expect(load(source, file)).toStrictEqual(parse(source))
  })

  it('builds the same plain data as the yaml package, in document key order (duplicates: last wins)', () => {
    const cases = [
      readFileSync(new URL('anaphylaxis-adult.yaml', SCENES), 'utf8'),
      'b: 1\na: [1, {y: 2, x: null}]\nb: 3\n__proto__: { polluted: true }\nc:\n',
    ]
    for (const source of cases) {
      const parsed = parseYaml(source)
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
      expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(parse(source, { uniqueKeys: false })))
      expect(parsed.data).toStrictEqual(parse(source, { uniqueKeys: false }))
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('reads text and bytes alike, with or without a byte-order mark or CRLF line ends', () => {
    const expected = load(bytes)
    expect(load(text)).toStrictEqual(expected)
    expect(load(`\uFEFF${text}`)).toStrictEqual(expected)
    expect(load(text.replace(/\n/g, '\r\n'))).toStrictEqual(expected)
  })

  it('matches the id against the base name when the display name has a folder', () => {
    expect(load(bytes, `test/fixtures/valid/${FILE}`).id).toBe('minimal-valid')
  })

  it('reports positions on CRLF files as on LF files', () => {
    const broken = text.replace('    spo2: 97', '    spo2: 970')
    const lf = loadScenario(broken, FILE)
    const crlf = loadScenario(broken.replace(/\n/g, '\r\n'), FILE)
    expect(lf.ok ? [] : lf.errors.map(formatError)).toEqual([
      'minimal-valid.yaml:51:11 initial.vitals.spo2: expected a number from 0 to 100, got 970',
    ])
    expect(crlf).toEqual(lf)
  })
})
