import { describe, expect, it } from 'vitest'
import type { Action } from '../../src/scenario/index.ts'
import {
  actionsAt,
  groupByCategory,
  matchesQuery,
  menuGroups,
  needsDoseDialog,
  offeredNow,
} from '../../src/ui/action-menu/catalogue.ts'
import { loadScene, sceneFiles } from '../scenes/load-scenes.ts'

const act = (id: string, fields: Partial<Action> & Pick<Action, 'category'>) =>
  ({ id, kind: 'intervention', label: id, ...fields }) as Action & { id: string }

const catalogue = [
  act('call', { category: 'communication', label: 'Call for help', equipment: 'phone' }),
  act('adrenaline', { category: 'drugs', label: 'Adrenaline (epinephrine)', equipment: 'drug-cart' }),
  act('airway', { category: 'assessment', label: 'Assess airway' }),
  act('jaw', { category: 'airway', label: 'Jaw thrust' }),
  act('compress', { category: 'cpr', label: 'Start chest compressions', equipment: 'bed', handler: 'cpr-start' }),
  act('stop-compress', { category: 'cpr', label: 'Stop chest compressions', equipment: 'bed', handler: 'cpr-stop' }),
  act('o2', {
    category: 'breathing',
    label: 'Give oxygen',
    equipment: 'oxygen',
    handler: 'ongoing-start',
    ongoing: 'oxygen',
    amount: { label: 'Flow', units: ['L/min'] },
  }),
  act('o2-stop', {
    category: 'breathing',
    label: 'Stop oxygen',
    equipment: 'oxygen',
    handler: 'ongoing-stop',
    ongoing: 'oxygen',
  }),
  act('bvm', { category: 'breathing', label: 'Bag-mask', equipment: 'bvm', handler: 'ongoing-start', ongoing: 'bvm' }),
  act('glucose', { category: 'assessment', label: 'Check glucose', equipment: 'glucometer' }),
]
const ids = (list: readonly { id: string }[]) => list.map((a) => a.id)

describe('action menu catalogue', () => {
  it('groups in ABCDE order, keeping the scene order inside a group', () => {
    const groups = groupByCategory(catalogue)
    expect(groups.map((g) => g.title)).toEqual(['Assessment', 'Airway', 'Breathing', 'CPR', 'Drugs', 'Communication'])
    expect(ids(groups[0]?.actions ?? [])).toEqual(['airway', 'glucose'])
  })

  it('searches labels and categories, case-insensitively, every word', () => {
    expect(catalogue.filter((a) => matchesQuery(a, 'ADREN')).map((a) => a.id)).toEqual(['adrenaline'])
    expect(catalogue.filter((a) => matchesQuery(a, 'airway')).map((a) => a.id)).toEqual(['airway', 'jaw'])
    expect(catalogue.filter((a) => matchesQuery(a, 'stop chest')).map((a) => a.id)).toEqual(['stop-compress'])
    expect(catalogue.filter((a) => matchesQuery(a, 'communication')).map((a) => a.id)).toEqual(['call'])
    expect(catalogue.filter((a) => matchesQuery(a, '   ')).length).toBe(catalogue.length)
    expect(catalogue.filter((a) => matchesQuery(a, 'amiodarone'))).toEqual([])
  })

  it('filters to the clicked equipment; the patient offers examination and hands-on care', () => {
    expect(ids(actionsAt(catalogue, 'drug-cart'))).toEqual(['adrenaline'])
    expect(ids(actionsAt(catalogue, 'monitor'))).toEqual([])
    expect(ids(actionsAt(catalogue, 'patient'))).toEqual(['airway', 'jaw', 'compress', 'stop-compress'])
  })

  it('offers a stop only while its activity runs, and a start only while it does not (unless it sets an amount)', () => {
    const idle = {}
    const running = { cpr: { actionId: 'compress', sinceMs: 0 }, oxygen: { actionId: 'o2', sinceMs: 0 }, bvm: {} }
    const shown = (active: Record<string, unknown>) => ids(catalogue.filter((a) => offeredNow(a, active)))
    expect(shown(idle)).not.toContain('stop-compress')
    expect(shown(idle)).not.toContain('o2-stop')
    expect(shown(idle)).toContain('compress')
    expect(shown(running)).toContain('stop-compress')
    expect(shown(running)).not.toContain('compress')
    expect(shown(running)).not.toContain('bvm')
    // Oxygen with a flow: a new start changes the running flow, so both stay on offer.
    expect(shown(running)).toEqual(expect.arrayContaining(['o2', 'o2-stop']))
  })

  it('combines filters: what is offered, where, and what matches', () => {
    const groups = menuGroups(catalogue, { active: {}, target: 'patient', query: 'chest' })
    expect(groups.map((g) => [g.title, ids(g.actions)])).toEqual([['CPR', ['compress']]])
  })

  it('opens the dose form for actions that take an amount or a route, in every scene', () => {
    for (const file of sceneFiles()) {
      const scene = loadScene(file)
      for (const [id, action] of Object.entries(scene.actions)) {
        const expected = action.amount !== undefined || action.routes !== undefined
        expect(needsDoseDialog(action), `${file} ${id}`).toBe(expected)
      }
      expect(needsDoseDialog(scene.actions['adrenaline'] as Action)).toBe(true)
    }
  })

  it('gives every clickable scene object something to do, and the patient examination', () => {
    for (const file of sceneFiles()) {
      const scene = loadScene(file)
      const all = Object.entries(scene.actions).map(([id, a]) => ({ ...a, id }))
      const atPatient = actionsAt(all, 'patient')
      expect(
        atPatient.some((a) => a.category === 'assessment'),
        file,
      ).toBe(true)
      expect(
        atPatient.some((a) => a.handler === 'cpr-start'),
        file,
      ).toBe(true)
      expect(
        atPatient.some((a) => a.category === 'drugs' || a.category === 'communication'),
        file,
      ).toBe(false)
    }
  })
})
