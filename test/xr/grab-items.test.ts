import { describe, expect, it } from 'vitest'
import { GRAB_ITEMS, placementOf, zoneAt } from '../../src/xr/grab/grab-items.ts'
import { loadScene } from '../scenes/load-scenes.ts'

const item = (id: string) => {
  const found = GRAB_ITEMS.find((i) => i.id === id)
  if (!found) throw new Error(id)
  return found
}

describe('grabbed items put on the patient', () => {
  const vf = loadScene('vf-arrest-adult.yaml')
  const anaphylaxis = loadScene('anaphylaxis-adult.yaml')

  it('pads on the chest attach the pads; the bag on the face starts bag-valve-mask ventilation', () => {
    const pads = item('pads')
    const [chest] = pads.zones
    expect(chest && zoneAt(pads, chest.at)?.name).toBe('chest')
    expect(placementOf(pads, vf.actions)).toEqual({ kind: 'perform', actionId: 'defib-pads', needsDose: false })
    expect(placementOf(item('bvm'), anaphylaxis.actions)).toEqual({
      kind: 'perform',
      actionId: 'bvm-start',
      needsDose: false,
    })
  })

  it('a syringe at the IV port or the thigh opens the drug choices (the dose is never implied)', () => {
    const syringe = item('syringe')
    expect(syringe.zones.map((z) => z.name)).toEqual(['IV port', 'thigh', 'thigh'])
    expect(placementOf(syringe, anaphylaxis.actions)).toEqual({ kind: 'choose', equipment: 'drug-cart' })
  })

  it('let go away from the patient, nothing happens', () => {
    const pads = item('pads')
    expect(zoneAt(pads, pads.home)).toBeNull()
  })
})
