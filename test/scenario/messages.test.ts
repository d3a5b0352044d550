import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { closest } from '../../src/scenario/did-you-mean.ts'
import { formatError, loadScenario } from '../../src/scenario/index.ts'

const FILE = 'minimal-valid.yaml'
const valid = readFileSync(new URL(`../fixtures/valid/${FILE}`, import.meta.url), 'utf8')

/** The errors (without the file name) after replacing one exact line of the valid fixture. */
function errorsAfter(line: string, replacement: string): string[] {
  expect(valid.split(line), `fixture line not found once: ${line}`).toHaveLength(2)
  const result = loadScenario(valid.replace(line, replacement), FILE)
  return result.ok ? [] : result.errors.map((e) => formatError(e).slice(FILE.length + 1))
}

const DELAY = '    delayS: [60, 120]'
const END_WHEN = '      when: { state: recovering, inStateS: 120 }'
const WITHIN = '        performedWithin: { action: { id: check-glucose }, withinS: 180 }'
const DOSE = '        doseInRange: { action: { id: glucose-20-iv }, amount: { min: 75, max: 100, unit: mL } }'

describe('error messages', () => {
  it.each([
    // number-or-range values: one message, whichever shape the author wrote
    [
      DELAY,
      '    delayS: soon',
      '85:13 transitions.0.delayS: expected a number or a range [min, max], got the text "soon"',
    ],
    [DELAY, '    delayS: -5', '85:13 transitions.0.delayS: expected a number of seconds ≥ 0, got -5'],
    [DELAY, '    delayS: [-5, 10]', '85:14 transitions.0.delayS.0: expected a number of seconds ≥ 0, got -5'],
    [DELAY, '    delayS: [60, x]', '85:18 transitions.0.delayS.1: expected a number, got the text "x"'],
    [
      END_WHEN,
      '      when: { elapsedS: .inf }',
      '181:25 end.conditions.recovered.when.elapsedS: expected a number or a range [min, max], got the special value .inf',
    ],
    // id-or-list unions
    [
      '  - from: hypoglycaemic',
      '  - from: 5',
      '81:11 transitions.0.from: expected "*" or a text or a list, got a number',
    ],
    [
      '  - from: hypoglycaemic',
      '  - from: [Hypo]',
      '81:12 transitions.0.from.0: expected a kebab-case id (lower-case letters, digits and "-"), got "Hypo"',
    ],
    [
      WITHIN,
      '        performedWithin: { action: { id: check-glucose }, withinS: 180, from: begin }',
      '149:79 rubric.items.glucose-checked.rule.performedWithin.from: expected "start" or a mapping, got the text "begin"',
    ],
    // nested conditions: a misspelt key is one error, not also "expected at least one condition key"
    [
      END_WHEN,
      '      when: { all: [{ state: recovering }, { stat: recovering }] }',
      '181:46 end.conditions.recovered.when.all.1.stat: unknown field "stat" (did you mean "state"?)',
    ],
    [
      END_WHEN,
      '      when: { not: { vitals: { gcs: {} } } }',
      '181:37 end.conditions.recovered.when.not.vitals.gcs: expected `below` and/or `above`, got an empty mapping',
    ],
    [
      END_WHEN,
      '      when: { action: { id: glucagon, count: 1.5 } }',
      '181:46 end.conditions.recovered.when.action.count: expected a whole number, got 1.5',
    ],
    // bounds stated whole, enums with a suggestion, custom schema texts kept
    ['  ageYears: 34', '  ageYears: 134', '28:13 patient.ageYears: expected a number from 0 to 120, got 134'],
    ['  weightKg: 70', '  weightKg: 0', '30:13 patient.weightKg: expected a number > 0 and ≤ 300, got 0'],
    [
      '  sex: male',
      '  sex: Male',
      '29:8 patient.sex: expected one of: female, male, got "Male" (did you mean "male"?)',
    ],
    [
      DOSE,
      '        doseInRange: { action: { id: glucose-20-iv }, amount: { unit: mL } }',
      '162:63 rubric.items.iv-glucose-dose.rule.doseInRange.amount: expected at least one of min or max, got { unit: mL }',
    ],
    [
      '  presentingComplaint: Found drowsy and sweaty by the ward nurse',
      '  presentingComplaint: "  "',
      '34:24 patient.presentingComplaint: expected a non-empty text',
    ],
    ['version: 1.0.0', 'version: 1.0', '6:10 version: expected a text, got a number'],
    ['  allergies: []', '  allergies: [penicillin, 5]', '32:27 patient.allergies.1: expected a text, got a number'],
    ['  weightKg: 70', '  weightKg: !!binary aGVsbG8=', '30:22 patient.weightKg: expected a number, got binary data'],
    [
      '  weightKg: 70',
      '  weightKg: 70\n  __proto__: { polluted: 1 }',
      '31:3 patient.__proto__: unknown field "__proto__" (allowed here: name, ageYears, sex, weightKg, history, allergies, medications, presentingComplaint)',
    ],
    // the format version
    ['schemaVersion: 1', 'schemaVersion: 0', '3:16 schemaVersion: expected a scene format version such as 1, got 0'],
    [
      'schemaVersion: 1',
      'schemaVersion: 1.5',
      '3:16 schemaVersion: expected a scene format version such as 1, got 1.5',
    ],
  ])('%s → %s', (line, replacement, expected) => {
    expect(errorsAfter(line, replacement)).toEqual([expected])
  })

  it('leaves Object.prototype alone when a file has a __proto__ key', () => {
    errorsAfter('  weightKg: 70', '  weightKg: 70\n  __proto__: { polluted: 1 }')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

const ACTIONS = '\nactions:\n'
const action = (id: string, ...lines: string[]) =>
  `${ACTIONS}  ${id}:\n    kind: intervention\n    label: ${id}\n    category: breathing\n${lines.map((l) => `    ${l}\n`).join('')}`

describe('cross-reference messages', () => {
  it.each([
    [
      ACTIONS,
      action('start-cpr', 'handler: cpr-start'),
      '3:1 cpr: missing required field "cpr": the cpr-start action "start-cpr" needs the cpr section (assumedQuality, perfusion, targets, ref)',
    ],
    [
      ACTIONS,
      action('oxygen-off', 'handler: ongoing-stop', 'ongoing: oxygen'),
      '94:14 actions.oxygen-off.ongoing: no ongoing-start action starts "oxygen", so this action can never stop it',
    ],
    [
      ACTIONS,
      action('oxygen-on', 'handler: ongoing-start'),
      '90:5 actions.oxygen-on.ongoing: missing required field "ongoing": the ongoing-start handler needs the id of what runs (e.g. oxygen)',
    ],
    [
      ACTIONS,
      action('charge', 'handler: defib-charge'),
      '90:5 actions.charge.amount: missing required field "amount": the defib-charge handler needs the energy the learner types',
    ],
    [
      END_WHEN,
      '      when: { action: { id: check-glucose, amount: { min: 1, unit: mg } } }',
      '181:52 end.conditions.recovered.when.action.amount: action "check-glucose" takes no amount, so this window never matches',
    ],
    [
      END_WHEN,
      '      when: { action: { id: glucagon, routes: [iv] } }',
      '181:48 end.conditions.recovered.when.action.routes.0: route "iv" is not allowed for action "glucagon" (its routes: im, sc)',
    ],
    [
      WITHIN,
      '        performedWithin: { action: { id: check-glucose }, withinS: 180, from: { state: recovered } }',
      '149:88 rubric.items.glucose-checked.rule.performedWithin.from.state: unknown state "recovered" (did you mean "recovering"?)',
    ],
  ])('%j → %s', (line, replacement, expected) => {
    expect(errorsAfter(line, replacement)).toEqual([expected])
  })
})

describe('CPR targets', () => {
  const VF = 'vf-arrest-adult.yaml'
  const vf = readFileSync(new URL(`../../scenes/${VF}`, import.meta.url), 'utf8')
  const RATE = '    ratePerMin: { min: 100, max: 120, ref: aha-bls-quality }'
  const errorsIn = (text: string) => {
    const result = loadScenario(text, VF)
    return result.ok ? [] : result.errors.map((e) => formatError(e).slice(VF.length + 1))
  }

  it.each([
    [
      '    ratePerMin: { min: 100, max: 120, ref: aha-bls-qualty }',
      /^\d+:44 cpr\.targets\.ratePerMin\.ref: unknown reference "aha-bls-qualty" \(did you mean "aha-bls-quality"\?\)$/,
    ],
    [
      '    ratePerMin: { min: 120, max: 100, ref: aha-bls-quality }',
      /^\d+:17 cpr\.targets\.ratePerMin: expected min ≤ max/,
    ],
  ])('%s → %s', (replacement, expected) => {
    expect(vf.split(RATE)).toHaveLength(2)
    const errors = errorsIn(vf.replace(RATE, replacement))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(expected)
  })

  it('tells a file written before targets existed what to add', () => {
    const withoutTargets = vf.replace(/\n {2}targets:\n(?: {4}.*\n)+/, '\n')
    expect(withoutTargets).not.toContain('ratePerMin')
    expect(errorsIn(withoutTargets)).toEqual([
      expect.stringMatching(
        /^\d+:3 cpr\.targets: missing required field "targets": expected a mapping of the guideline targets .*ratePerMin, depthMm, recoilFraction, longestPauseS, compressionFraction, cycleS, each with a ref\)$/,
      ),
    ])
  })
})

describe('did you mean', () => {
  it.each([
    ['wieghtKg', ['weightKg', 'ageYears'], 'weightKg'],
    ['titel', ['title', 'summary'], 'title'],
    ['SPO2', ['spo2', 'sbp'], 'spo2'],
    ['weight', ['weightKg', 'sex'], 'weightKg'],
    ['bp', ['hr', 'rr'], undefined],
    ['colour', ['skin', 'eyes', 'signs'], undefined],
    ['x'.repeat(500), ['x'.repeat(499)], undefined],
  ])('%s among %j → %s', (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected)
  })
})
