import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatError, loadScenario } from '../../src/scenario/index.ts'

const DIR = new URL('../fixtures/invalid/', import.meta.url)

function errorsOf(name: string): string[] {
  const file = `${name}.yaml`
  const result = loadScenario(readFileSync(new URL(file, DIR)), file)
  return result.ok ? [] : result.errors.map(formatError)
}

/**
 * Every broken fixture and the exact errors an author sees for it. Each fixture is a small edit of
 * test/fixtures/valid/minimal-valid.yaml (or a hostile file); the positions were checked by hand.
 */
const EXPECTED: Record<string, string[]> = {
  'alias-bomb': [
    'alias-bomb.yaml:4:8 b.0: YAML aliases (*a) are not allowed in scene files; write the value out in full',
  ],
  'alias-use': [
    'alias-use.yaml:17:13 references.nif-copy: YAML aliases (*nif) are not allowed in scene files; write the value out in full',
  ],
  'bad-enum-kind': [
    'bad-enum-kind.yaml:104:11 actions.iv-access.kind: expected one of: assessment, intervention, drug, communication, got "procedure"',
  ],
  'bad-id-format': [
    'bad-id-format.yaml:69:3 states.Recovering: expected a kebab-case id (lower-case letters, digits and "-"), got "Recovering"',
  ],
  'bad-indent': ['bad-indent.yaml:29:1 (file): invalid YAML: All mapping items must start at the same column'],
  'bad-range': ['bad-range.yaml:48:9 initial.vitals.hr: expected a range [min, max] with min ≤ max, got [110, 100]'],
  'bad-rhythm': [
    'bad-rhythm.yaml:57:13 initial.vitals.rhythm: expected one of: sinus, sinus-tachycardia, sinus-bradycardia, af, svt, vt, vf, asystole, pea, got "vfib"',
  ],
  'bad-schema-version': [
    'bad-schema-version.yaml:3:16 schemaVersion: expected a scene format version such as 1, got "one"',
  ],
  'duplicate-shortcut': [
    'duplicate-shortcut.yaml:108:15 actions.iv-access.shortcut: shortcut "g" is already used by action "check-glucose"',
  ],
  'severity-on-critical': [
    'severity-on-critical.yaml:147:7 rubric.items.glucose-checked.severity: severity applies to harmful items only; this item is critical',
    'severity-on-critical.yaml:166:5 rubric.items.no-oral-glucose-when-drowsy: a harmful item needs a severity: critical (fails the run), major or minor',
  ],
  'javascript-url': [
    'javascript-url.yaml:23:10 references.nif-hypo.url: expected an http(s) URL, got "javascript:alert(document.cookie)"',
  ],
  'unknown-action-in-list': [
    'unknown-action-in-list.yaml:149:58 rubric.items.glucose-checked.rule.performedWithin.action.id.1: unknown action "check-glucsoe" (did you mean "check-glucose"?)',
  ],
  'bad-url': ['bad-url.yaml:23:10 references.nif-hypo.url: expected an http(s) URL, got "niformulary 6.1.4"'],
  'binary-data': ['binary-data.yaml:3:8 (file): this is not a YAML text file: it contains a NUL byte (binary data?)'],
  'comments-only': [
    'comments-only.yaml:1:1 (file): this file is empty; a scene file is a mapping that starts with "schemaVersion: 1"',
  ],
  'deep-block-nesting': [
    'deep-block-nesting.yaml:67:65 (file): this file nests deeper than 64 levels; a scene file needs about 10',
  ],
  'deep-nesting': ['deep-nesting.yaml:3:71 (file): this file nests deeper than 64 levels; a scene file needs about 10'],
  'drug-without-amount': [
    'drug-without-amount.yaml:134:5 actions.oral-glucose-gel.amount: missing required field "amount": a drug action asks the learner for the dose',
  ],
  'drug-without-ref': [
    "drug-without-ref.yaml:134:5 actions.oral-glucose-gel.ref: a drug action's doses and routes are clinical numbers; cite its guideline with ref: <id of references>",
  ],
  'duplicate-action': [
    'duplicate-action.yaml:133:3 actions.glucagon: duplicate id "glucagon" (first defined at line 120)',
    'duplicate-action.yaml:172:25 rubric.items.no-oral-glucose-when-drowsy.rule.avoided.action.id: unknown action "oral-glucose-gel" (actions: assess-patient, check-glucose, iv-access, glucose-20-iv, glucagon)',
  ],
  'duplicate-field': [
    'duplicate-field.yaml:30:3 patient.ageYears: duplicate field "ageYears" (first defined at line 28)',
  ],
  'duplicate-state': [
    'duplicate-state.yaml:69:3 states.hypoglycaemic: duplicate id "hypoglycaemic" (first defined at line 66)',
  ],
  'effect-without-change': [
    'effect-without-change.yaml:128:9 actions.glucagon.effects.0: expected at least one of toState, vitals, target, monitor, got a mapping with when, onsetS, ref',
  ],
  'empty-condition': [
    'empty-condition.yaml:181:13 end.conditions.recovered.when: expected at least one condition key, got an empty mapping',
  ],
  'empty-file': [
    'empty-file.yaml:1:1 (file): this file is empty; a scene file is a mapping that starts with "schemaVersion: 1"',
  ],
  'empty-list': ['empty-list.yaml:183:12 debrief.prompts: expected at least 1 item, got an empty list'],
  'empty-value': ['empty-value.yaml:30:3 patient.weightKg: expected a number, got an empty value'],
  'equipment-not-present': [
    'equipment-not-present.yaml:99:16 actions.check-glucose.equipment: equipment "glucometer" is not in setting.equipment (bed, monitor, iv-stand, drug-cart); add it there or remove it here',
  ],
  'handler-missing-field': [
    'handler-missing-field.yaml:104:5 actions.iv-access.access: missing required field "access": the vascular-access handler needs the route it opens (iv or io)',
  ],
  'id-not-file-name': [
    'id-not-file-name.yaml:4:5 id: expected the file name without .yaml, "id-not-file-name", got "hypo-lite" (rename the file or the id)',
  ],
  'invalid-utf8': [
    'invalid-utf8.yaml:3:11 (file): this is not a UTF-8 text file: it contains bytes that are not valid UTF-8 (binary data?)',
  ],
  'mastery-score-too-high': [
    'mastery-score-too-high.yaml:142:17 rubric.masteryScore: expected a scaled score from 0 to 1, got 1.5',
  ],
  'missing-required-field': ['missing-required-field.yaml:27:3 patient.weightKg: missing required field "weightKg"'],
  'multiple-documents': [
    'multiple-documents.yaml:182:1 (file): this file holds more than one YAML document (a second "---"); a scene file holds exactly one scenario',
  ],
  'negative-seconds': [
    'negative-seconds.yaml:110:16 actions.iv-access.durationS: expected a number of seconds ≥ 0, got -60',
  ],
  'newer-schema-version': [
    'newer-schema-version.yaml:3:16 schemaVersion: this file needs a newer Resus: it uses scene format version 2, and this Resus reads up to version 1',
  ],
  'not-a-mapping': [
    'not-a-mapping.yaml:2:1 (file): expected a scene (a mapping of fields such as schemaVersion, id, title), got a list',
  ],
  'range-too-long': ['range-too-long.yaml:85:13 transitions.0.delayS: expected a range [min, max], got [60, 90, 120]'],
  'reveals-unknown-finding': [
    'reveals-unknown-finding.yaml:93:29 actions.assess-patient.reveals.2: unknown finding "speach" (did you mean "speech"?)',
  ],
  'route-not-allowed': [
    'route-not-allowed.yaml:128:30 actions.glucagon.effects.0.when.routes.1: route "iv" is not allowed for action "glucagon" (its routes: im, sc)',
  ],
  'rubric-number-without-ref': [
    "rubric-number-without-ref.yaml:145:7 rubric.items.glucose-checked.ref: this item's rule uses a clinical number (withinS: 180); cite its guideline with ref: <id of references>",
  ],
  'rule-with-two-keys': [
    'rule-with-two-keys.yaml:156:9 rubric.items.glucose-before-treatment.rule: expected exactly one of performed, performedWithin, performedBefore, repeatedEvery, doseInRange, avoided, got a mapping with performedBefore, performed',
  ],
  'scalar-document': [
    'scalar-document.yaml:1:1 (file): expected a scene (a mapping of fields such as schemaVersion, id, title), got the text "just some text"',
  ],
  'schema-version-missing': [
    'schema-version-missing.yaml:3:1 schemaVersion: missing required field "schemaVersion" (the scene format version; write schemaVersion: 1 at the top)',
  ],
  'several-cross-ref-errors': [
    'several-cross-ref-errors.yaml:82:9 transitions.0.to: unknown state "recoverd" (did you mean "recovering"?)',
    'several-cross-ref-errors.yaml:118:16 actions.glucose-20-iv.requires.0: unknown action "cannula" (actions: assess-patient, check-glucose, iv-access, glucose-20-iv, glucagon, oral-glucose-gel)',
    "several-cross-ref-errors.yaml:134:5 actions.oral-glucose-gel.ref: a drug action's doses and routes are clinical numbers; cite its guideline with ref: <id of references>",
    'several-cross-ref-errors.yaml:148:42 rubric.items.glucose-checked.rule.performedWithin.action.id: unknown action "check-glucos" (did you mean "check-glucose"?)',
  ],
  'several-schema-errors': [
    'several-schema-errors.yaml:30:3 patient.wieghtKg: unknown field "wieghtKg" (did you mean "weightKg"?)',
    'several-schema-errors.yaml:57:13 initial.vitals.rhythm: expected one of: sinus, sinus-tachycardia, sinus-bradycardia, af, svt, vt, vf, asystole, pea, got "vfib"',
    'several-schema-errors.yaml:68:53 states.hypoglycaemic.vitals.spo2: expected a number from 0 to 100, got 140',
    'several-schema-errors.yaml:133:3 actions.glucagon: duplicate id "glucagon" (first defined at line 120)',
    'several-schema-errors.yaml:142:17 rubric.masteryScore: expected a scaled score from 0 to 1, got 1.5',
  ],
  'tab-indent': ['tab-indent.yaml:28:1 (file): invalid YAML: tabs are not allowed as indentation; indent with spaces'],
  'transition-amount-without-ref': [
    "transition-amount-without-ref.yaml:81:5 transitions.0.ref: this transition's condition uses a clinical number (amount: 75–100 mL); cite its guideline with ref: <id of references>",
  ],
  'unit-not-convertible': [
    'unit-not-convertible.yaml:162:89 rubric.items.iv-glucose-dose.rule.doseInRange.amount.unit: unit "g" cannot be compared with the units of action "glucose-20-iv" (mL)',
  ],
  'unknown-action-requires': [
    'unknown-action-requires.yaml:118:16 actions.glucose-20-iv.requires.0: unknown action "cannula" (actions: assess-patient, check-glucose, iv-access, glucose-20-iv, glucagon, oral-glucose-gel)',
  ],
  'unknown-action-route-access': [
    'unknown-action-route-access.yaml:44:7 routeAccess.iv: unknown action "iv-line" (actions: assess-patient, check-glucose, iv-access, glucose-20-iv, glucagon, oral-glucose-gel)',
  ],
  'unknown-action-rubric': [
    'unknown-action-rubric.yaml:149:42 rubric.items.glucose-checked.rule.performedWithin.action.id: unknown action "check-glucos" (did you mean "check-glucose"?)',
  ],
  'unknown-active': [
    'unknown-active.yaml:181:57 end.conditions.recovered.when.active: unknown ongoing action "oxygen": no action starts one (an action with handler ongoing-start and ongoing: oxygen, or cpr-start for cpr)',
  ],
  'unknown-initial-state': [
    'unknown-initial-state.yaml:46:10 initial.state: unknown state "hypoglycaemia" (did you mean "hypoglycaemic"?)',
  ],
  'unknown-key-action': [
    'unknown-key-action.yaml:126:5 actions.glucagon.route: unknown field "route" (did you mean "routes"?)',
  ],
  'unknown-key-no-suggestion': [
    'unknown-key-no-suggestion.yaml:64:5 initial.appearance.colour: unknown field "colour" (allowed here: skin, breathingDepth, eyes, signs)',
  ],
  'unknown-key-patient': [
    'unknown-key-patient.yaml:30:3 patient.wieghtKg: unknown field "wieghtKg" (did you mean "weightKg"?)',
  ],
  'unknown-key-rule': [
    'unknown-key-rule.yaml:149:59 rubric.items.glucose-checked.rule.performedWithin.withinSec: unknown field "withinSec" (did you mean "withinS"?)',
  ],
  'unknown-key-top': ['unknown-key-top.yaml:5:1 titel: unknown field "titel" (did you mean "title"?)'],
  'unknown-key-vitals-case': [
    'unknown-key-vitals-case.yaml:51:5 initial.vitals.SpO2: unknown field "SpO2" (did you mean "spo2"?)',
  ],
  'unknown-reference': [
    'unknown-reference.yaml:87:11 transitions.0.ref.0: unknown reference "jbds-hypo" (references: jbds-severe-hypo, nif-hypo)',
  ],
  'unknown-route-key': ['unknown-route-key.yaml:44:3 routeAccess.ivv: unknown field "ivv" (did you mean "iv"?)'],
  'unknown-state-in-condition': [
    'unknown-state-in-condition.yaml:181:35 end.conditions.recovered.when.state.1: unknown state "discharged" (states: hypoglycaemic, recovering)',
  ],
  'unknown-state-transition-from': [
    'unknown-state-transition-from.yaml:81:11 transitions.0.from: unknown state "hypoglycemic" (did you mean "hypoglycaemic"?)',
  ],
  'unknown-state-transition-to': [
    'unknown-state-transition-to.yaml:82:9 transitions.0.to: unknown state "recoverd" (did you mean "recovering"?)',
  ],
  'varied-wrong-type': [
    'varied-wrong-type.yaml:85:13 transitions.0.delayS: expected a number or a range [min, max], got the text "soon"',
  ],
  'vitals-out-of-range': [
    'vitals-out-of-range.yaml:68:53 states.hypoglycaemic.vitals.spo2: expected a number from 0 to 100, got 140',
  ],
  'wrong-type-list': ['wrong-type-list.yaml:10:13 objectives: expected a list, got a number'],
  'wrong-type-number': ['wrong-type-number.yaml:30:13 patient.weightKg: expected a number, got the text "seventy"'],
  'yaml-syntax-error': [
    'yaml-syntax-error.yaml:39:1 monitor: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
  ],
}

describe('broken scene files', () => {
  it('has an expectation for every fixture, and at least 35 fixtures', () => {
    const fixtures = readdirSync(DIR)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.replace(/\.yaml$/, ''))
      .sort()
    expect(fixtures).toEqual(Object.keys(EXPECTED).sort())
    expect(fixtures.length).toBeGreaterThanOrEqual(35)
  })

  it.each(Object.entries(EXPECTED))('%s', (name, expected) => {
    expect(errorsOf(name)).toEqual(expected)
  })

  it('reports all schema errors of a file together, in reading order', () => {
    const errors = loadScenario(readFileSync(new URL('several-schema-errors.yaml', DIR)), 'several-schema-errors.yaml')
    expect(errors.ok).toBe(false)
    if (errors.ok) return
    expect(errors.errors.map((e) => e.path)).toEqual([
      'patient.wieghtKg',
      'initial.vitals.rhythm',
      'states.hypoglycaemic.vitals.spo2',
      'actions.glucagon',
      'rubric.masteryScore',
    ])
    const positions = errors.errors.map((e) => e.line * 1000 + e.column)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  })

  it('reports all cross-reference errors of a file together', () => {
    expect(errorsOf('several-cross-ref-errors').map((e) => e.split(' ')[1])).toEqual([
      'transitions.0.to:',
      'actions.glucose-20-iv.requires.0:',
      'actions.oral-glucose-gel.ref:',
      'rubric.items.glucose-checked.rule.performedWithin.action.id:',
    ])
  })
})
