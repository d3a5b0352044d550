import { Color, MeshLambertMaterial, MeshPhongMaterial, Object3D, Texture } from 'three'
import { describe, expect, it } from 'vitest'
import type { Scenario } from '../../src/scenario/schema/index.ts'
import { createSimStore } from '../../src/store/index.ts'
import { SKIN_COLORS } from '../../src/world/patient/appearance.ts'
import { createPatientAnimator, type PatientParts } from '../../src/world/patient/animate-patient.ts'
import type { PatientMaterials } from '../../src/world/patient/use-patient-materials.ts'
import { loadScene } from '../scenes/load-scenes.ts'

const PART_NAMES: (keyof PatientParts)[] = [
  'body',
  'head',
  'chest',
  'gown',
  'loweredGown',
  'pads',
  'cables',
  'eyelids',
  'lips',
  'tongue',
  'froth',
  'oxygenMask',
  'faceBvm',
  'faceBag',
  'cprRescuer',
  'airwayRescuer',
]

/** The animator on plain objects and materials, fed by a real store running a real scene. */
function setUp(scenario: Scenario) {
  const store = createSimStore({ nextSeed: () => 1 })
  store.getState().load(scenario)
  store.getState().start()
  const parts = Object.fromEntries(PART_NAMES.map((n) => [n, new Object3D()])) as unknown as PatientParts
  const rash = {
    none: new Texture(),
    urticaria: new Texture(),
    'fading-urticaria': new Texture(),
    mottled: new Texture(),
  }
  const materials: PatientMaterials = {
    skin: new MeshPhongMaterial({ map: rash.none }),
    lips: new MeshPhongMaterial(),
    tongue: new MeshLambertMaterial(),
    painted: new MeshLambertMaterial(),
    team: new MeshLambertMaterial(),
    clear: new MeshLambertMaterial(),
    rash,
  }
  const animate = createPatientAnimator(parts, materials)
  /** Runs `seconds` of 60 fps frames (the sim clock too) and returns the chest scale of each. */
  const frames = (seconds: number): number[] => {
    const out: number[] = []
    for (let i = 0; i < seconds * 60; i++) {
      store.getState().advance(1000 / 60)
      animate(store.getState(), 1 / 60)
      out.push(parts.chest.scale.y)
    }
    return out
  }
  const perform = (actionId: string, amount?: { value: number; unit: 'L/min' }) =>
    store.getState().perform({ type: 'action.perform', actionId, ...(amount && { amount }) })
  return { store, parts, materials, frames, perform }
}

const spread = (values: number[]) => Math.max(...values) - Math.min(...values)

/** VF without the agonal gasps its first minutes show: a patient in arrest, nothing else. */
function silentVf(): Scenario {
  const scenario = structuredClone(loadScene('vf-arrest-adult.yaml'))
  for (const appearance of [scenario.initial.appearance, ...Object.values(scenario.states).map((s) => s.appearance)]) {
    if (appearance) appearance.signs = []
  }
  return scenario
}

describe('the patient in cardiac arrest', () => {
  it('lies still: no chest movement, no team, no devices', () => {
    const { parts, frames } = setUp(silentVf())
    expect(spread(frames(10))).toBe(0)
    for (const part of ['pads', 'cprRescuer', 'oxygenMask', 'faceBvm', 'airwayRescuer'] as const) {
      expect(parts[part].visible, part).toBe(false)
    }
  })

  it('gets pads on a bared chest once they are attached, and compressions while CPR runs', () => {
    const { parts, frames, perform } = setUp(silentVf())
    frames(1)
    perform('defib-pads')
    frames(0.5)
    expect(parts.pads.visible).toBe(true)
    expect(parts.gown.visible).toBe(false)
    expect(parts.loweredGown.visible).toBe(true)
    perform('cpr-start')
    const chest = frames(5)
    expect(parts.cprRescuer.visible).toBe(true)
    expect(Math.min(...chest)).toBeLessThan(0.8)
    perform('cpr-stop')
    frames(0.5)
    expect(parts.cprRescuer.visible).toBe(false)
    expect(spread(frames(3))).toBe(0)
  })

  it('shows a mask while oxygen runs, replaced by the bag-mask (and its operator) during ventilation', () => {
    const { parts, frames, perform } = setUp(silentVf())
    frames(0.5)
    perform('oxygen-start', { value: 15, unit: 'L/min' })
    frames(0.5)
    expect(parts.oxygenMask.visible).toBe(true)
    perform('bvm-start')
    const chest = frames(12)
    expect(parts.faceBvm.visible).toBe(true)
    expect(parts.airwayRescuer.visible).toBe(true)
    expect(parts.oxygenMask.visible).toBe(false)
    // Ventilation is the only thing moving the chest of an apnoeic patient.
    expect(Math.max(...chest)).toBeGreaterThan(1.03)
  })

  it('hidden parts cannot be clicked', () => {
    const { parts, frames } = setUp(silentVf())
    frames(0.1)
    expect(parts.faceBvm.visible).toBe(false)
    expect(parts.faceBvm.raycast).not.toBe(Object3D.prototype.raycast)
  })
})

describe('the patient in anaphylaxis', () => {
  it('is flushed with urticaria, swollen lips and tongue, eyes open, breathing hard', () => {
    const { parts, materials, frames } = setUp(loadScene('anaphylaxis-adult.yaml'))
    const chest = frames(6)
    expect(materials.skin.color.getHex()).toBe(new Color(SKIN_COLORS.flushed).getHex())
    expect(materials.skin.map).toBe(materials.rash.urticaria)
    expect(parts.lips.scale.y).toBeGreaterThan(1.5)
    expect(parts.tongue.visible).toBe(true)
    expect(parts.eyelids.visible).toBe(false)
    expect(spread(chest)).toBeGreaterThan(0.06)
  })

  it('freezes while the run is paused', () => {
    const { store, frames } = setUp(loadScene('anaphylaxis-adult.yaml'))
    frames(1.3)
    store.getState().pause()
    expect(spread(frames(3))).toBe(0)
  })
})
