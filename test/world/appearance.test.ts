import { describe, expect, it } from 'vitest'
import {
  SKIN_COLORS,
  describeLook,
  eyesOpen,
  lipColor,
  lookFor,
  readSigns,
  resolveAppearance,
} from '../../src/world/patient/appearance.ts'
import { loadScene } from '../scenes/load-scenes.ts'

const anaphylaxis = loadScene('anaphylaxis-adult.yaml')
const vf = loadScene('vf-arrest-adult.yaml')
const opioid = loadScene('opioid-overdose-adult.yaml')

describe('appearance lookup', () => {
  it("uses the current state's appearance", () => {
    expect(resolveAppearance(anaphylaxis, 'cardiac-arrest')).toMatchObject({ skin: 'cyanosed', breathingDepth: 'none' })
  })

  it('falls back to the initial appearance for a state without one, or an unknown state', () => {
    const scenario = structuredClone(vf)
    const { appearance: _dropped, ...state } = scenario.states['rosc'] ?? { label: 'x', vitals: {} }
    scenario.states['rosc'] = state
    expect(resolveAppearance(scenario, 'rosc')).toEqual(scenario.initial.appearance)
    expect(resolveAppearance(scenario, 'no-such-state')).toEqual(scenario.initial.appearance)
  })

  it('gives a neutral look when the scene declares no appearance at all', () => {
    const scenario = structuredClone(vf)
    delete scenario.initial.appearance
    for (const state of Object.values(scenario.states)) delete state.appearance
    const look = lookFor(scenario, scenario.initial.state)
    expect(look).toMatchObject({ skin: 'normal', rash: 'none', breathingDepth: 'normal', eyes: undefined })
  })

  it('caches one look per state, so a per-frame reader gets the same object', () => {
    expect(lookFor(anaphylaxis, 'compensated')).toBe(lookFor(anaphylaxis, 'compensated'))
    expect(lookFor(anaphylaxis, 'compensated')).not.toBe(lookFor(anaphylaxis, 'cardiac-arrest'))
  })
})

describe('the looks of the shipped scenes', () => {
  it('anaphylaxis starts flushed with urticaria, swollen lips and tongue, working hard to breathe', () => {
    const look = lookFor(anaphylaxis, anaphylaxis.initial.state)
    expect(look.skin).toBe('flushed')
    expect(look.rash).toBe('urticaria')
    expect(look.signs.lipSwelling).toBe(1)
    expect(look.signs.tongueSwelling).toBe(true)
    expect(look.signs.effort).toBeGreaterThan(1)
  })

  it('anaphylactic cardiac arrest is cyanosed, not breathing, eyes closed', () => {
    expect(lookFor(anaphylaxis, 'cardiac-arrest')).toMatchObject({
      skin: 'cyanosed',
      breathingDepth: 'none',
      eyes: 'closed',
    })
  })

  it('VF shows agonal gasps at first, then a cyanosed still patient, then mottling in asystole', () => {
    expect(lookFor(vf, 'vf').signs.gasping).toBe(true)
    expect(lookFor(vf, 'fine-vf')).toMatchObject({ skin: 'cyanosed', breathingDepth: 'none' })
    expect(lookFor(vf, 'fine-vf').signs.lipCyanosis).toBe(true)
    expect(lookFor(vf, 'asystole').rash).toBe('mottled')
  })

  it('the opioid patient is cyanosed with eyes closed and a PCA pump that goes once it is stopped', () => {
    expect(lookFor(opioid, opioid.initial.state)).toMatchObject({ skin: 'cyanosed', eyes: 'closed' })
    expect(lookFor(opioid, opioid.initial.state).signs.pcaPump).toBe(true)
    expect(lookFor(opioid, 'ventilated').signs.pcaPump).toBe(false)
    expect(lookFor(opioid, 'ventilated').signs.bagMask).toBe(true)
  })
})

describe('eyes', () => {
  it('follow the scene when it says open or closed', () => {
    expect(eyesOpen('closed', 'A')).toBe(false)
    expect(eyesOpen('open', 'U')).toBe(true)
  })

  it('otherwise follow AVPU: alert or voice open, pain or unresponsive closed', () => {
    expect(eyesOpen(undefined, 'A')).toBe(true)
    expect(eyesOpen(undefined, 'V')).toBe(true)
    expect(eyesOpen(undefined, 'P')).toBe(false)
    expect(eyesOpen(undefined, 'U')).toBe(false)
  })
})

describe('signs', () => {
  it('ignores sign ids it does not know', () => {
    expect(readSigns(['snoring', 'laparotomy-dressing', 'made-up-sign'])).toEqual(readSigns([]))
  })

  it('fading urticaria and mild lip swelling are milder than the full signs', () => {
    const fading = readSigns(['fading-urticaria', 'mild-lip-swelling'])
    expect(fading.rash).toBe('fading-urticaria')
    expect(fading.lipSwelling).toBeGreaterThan(0)
    expect(fading.lipSwelling).toBeLessThan(readSigns(['angioedema-lips']).lipSwelling)
  })

  it('distress and accessory muscle use deepen the breathing; tremor and gasping are flagged', () => {
    expect(readSigns(['accessory-muscle-use', 'distressed']).effort).toBeGreaterThan(readSigns(['distressed']).effort)
    expect(readSigns(['distressed']).effort).toBeGreaterThan(1)
    expect(readSigns(['tremor']).tremor).toBe(true)
    expect(readSigns(['gasping']).gasping).toBe(true)
  })
})

describe('colours', () => {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number]

  it('cyanosed skin is bluer than normal skin, flushed skin redder, pale skin lighter', () => {
    const [nr, ng, nb] = rgb(SKIN_COLORS.normal)
    const [cr, , cb] = rgb(SKIN_COLORS.cyanosed)
    const [fr, fg] = rgb(SKIN_COLORS.flushed)
    const [pr, pg, pb] = rgb(SKIN_COLORS.pale)
    expect(cb - cr).toBeGreaterThan(nb - nr)
    expect(fr - fg).toBeGreaterThan(nr - ng)
    expect(pr + pg + pb).toBeGreaterThan(nr + ng + nb)
  })

  it('lips turn blue with central cyanosis whatever the skin', () => {
    const pale = describeLook({ skin: 'pale' })
    const cyanotic = describeLook({ skin: 'pale', signs: ['central-cyanosis'] })
    expect(lipColor(cyanotic)).not.toBe(lipColor(pale))
    expect(lipColor(cyanotic)).toBe(lipColor(describeLook({ skin: 'cyanosed' })))
  })
})
