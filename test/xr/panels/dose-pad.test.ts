import { describe, expect, it } from 'vitest'
import type { Scenario } from '../../../src/scenario/index.ts'
import { needsDoseDialog } from '../../../src/ui/action-menu/catalogue.ts'
import {
  EMPTY_DOSE_PAD,
  chosenUnit,
  dosePadModel,
  pressDosePad,
  readBack,
  submitDose,
} from '../../../src/xr/panels/dose-pad.ts'
import type { DoseAction, DosePadState } from '../../../src/xr/panels/dose-pad.ts'
import { loadScene, sceneFiles } from '../../scenes/load-scenes.ts'
import { button, buttonIds, expectSaneLayout, must } from './layout-checks.ts'

const scenario = loadScene('anaphylaxis-adult.yaml')
const actionOf = (s: Scenario, id: string): DoseAction => ({ ...must(s.actions[id]), id })
const adrenaline = actionOf(scenario, 'adrenaline')
const press = (action: DoseAction, ...ids: string[]) =>
  ids.reduce<DosePadState>((state, id) => pressDosePad(action, state, id), EMPTY_DOSE_PAD)

describe('the dose pad', () => {
  it('starts empty: no dose typed, no route chosen, nothing read back', () => {
    const model = dosePadModel(adrenaline, EMPTY_DOSE_PAD, { canGoBack: true })
    expect(EMPTY_DOSE_PAD).toEqual({ text: '' })
    expect(model.title).toBe('Adrenaline (epinephrine)')
    expect(model.lines[0]).toBe('Dose: (type it on the keypad)')
    expect(model.lines.slice(1).every((l) => l === '')).toBe(true)
    expect(model.buttons.filter((b) => b.id.startsWith('route:') && b.tone === 'selected')).toEqual([])
    expectSaneLayout(model)
  })

  it('offers the keys, the action’s units and routes (labelled as the desktop form), Give, Back and Cancel', () => {
    const ids = buttonIds(dosePadModel(adrenaline, EMPTY_DOSE_PAD, { canGoBack: true }))
    for (const k of ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', 'back', 'clear'])
      expect(ids).toContain(`key:${k}`)
    expect(ids.filter((id) => id.startsWith('unit:'))).toEqual(['unit:mcg', 'unit:mg'])
    expect(ids.filter((id) => id.startsWith('route:'))).toEqual(['route:im', 'route:iv', 'route:io', 'route:sc'])
    expect(ids.slice(-3)).toEqual(['give', 'back', 'cancel'])
    const model = dosePadModel(adrenaline, EMPTY_DOSE_PAD, { canGoBack: false })
    expect(button(model, 'route:im')?.label).toBe('IM (intramuscular)')
    expect(buttonIds(model)).not.toContain('back')
    expect(button(model, 'give')?.label).toBe('Give')
  })

  it('starts at the first unit, as the desktop form’s unit list does, and marks the chosen one', () => {
    expect(chosenUnit(adrenaline, EMPTY_DOSE_PAD)).toBe('mcg')
    expect(button(dosePadModel(adrenaline, EMPTY_DOSE_PAD, { canGoBack: false }), 'unit:mcg')?.tone).toBe('selected')
    const mg = press(adrenaline, 'unit:mg')
    expect(chosenUnit(adrenaline, mg)).toBe('mg')
    const model = dosePadModel(adrenaline, mg, { canGoBack: false })
    expect(button(model, 'unit:mg')?.tone).toBe('selected')
    expect(button(model, 'unit:mcg')?.tone).toBeUndefined()
  })

  it('types 0 . 5 as "0.5"; Delete and Clear edit it; a second point and foreign units or routes are ignored', () => {
    expect(press(adrenaline, 'key:0', 'key:.', 'key:5').text).toBe('0.5')
    expect(press(adrenaline, 'key:0', 'key:.', 'key:.', 'key:5').text).toBe('0.5')
    expect(press(adrenaline, 'key:1', 'key:2', 'key:back').text).toBe('1')
    expect(press(adrenaline, 'key:1', 'key:2', 'key:clear').text).toBe('')
    expect(press(adrenaline, 'unit:L', 'route:po')).toEqual(EMPTY_DOSE_PAD)
    expect(press(adrenaline, ...Array<string>(20).fill('key:9')).text.length).toBeLessThanOrEqual(8)
  })

  it('refuses Give without a route, and without a dose, with the desktop form’s messages', () => {
    const noRoute = submitDose(adrenaline, press(adrenaline, 'key:0', 'key:.', 'key:5', 'unit:mg'))
    expect(noRoute).toMatchObject({ ok: false, state: { error: 'Choose a route.' } })
    const nothing = submitDose(adrenaline, EMPTY_DOSE_PAD)
    expect(nothing).toMatchObject({ ok: false, state: { error: 'Enter the dose. Choose a route.' } })
    const zero = submitDose(adrenaline, press(adrenaline, 'key:0', 'route:im'))
    expect(zero).toMatchObject({ ok: false, state: { error: 'The dose must be more than zero.' } })
    // The error shows on the pad and goes with the next key.
    if (noRoute.ok) throw new Error('expected a refusal')
    expect(dosePadModel(adrenaline, noRoute.state, { canGoBack: false }).lines).toContain('Choose a route.')
    expect(pressDosePad(adrenaline, noRoute.state, 'route:im').error).toBeUndefined()
  })

  it('with a route, Give makes the request: 0.5 mg IM adrenaline, read back first', () => {
    const state = press(adrenaline, 'key:0', 'key:.', 'key:5', 'unit:mg', 'route:im')
    expect(readBack(adrenaline, state)).toBe('Adrenaline (epinephrine): 0.5 mg IM')
    expect(dosePadModel(adrenaline, state, { canGoBack: false }).lines).toContain('Adrenaline (epinephrine): 0.5 mg IM')
    expect(button(dosePadModel(adrenaline, state, { canGoBack: false }), 'route:im')?.tone).toBe('selected')
    expect(submitDose(adrenaline, state)).toEqual({
      ok: true,
      request: { actionId: 'adrenaline', amount: { value: 0.5, unit: 'mg' }, route: 'im' },
    })
  })

  it('asks only for what the action takes: oxygen has a flow and no route', () => {
    const oxygen = actionOf(scenario, 'oxygen-start')
    const model = dosePadModel(oxygen, EMPTY_DOSE_PAD, { canGoBack: false })
    expect(buttonIds(model).some((id) => id.startsWith('route:'))).toBe(false)
    expect(button(model, 'give')?.label).toBe('Confirm')
    expect(submitDose(oxygen, press(oxygen, 'key:1', 'key:5'))).toEqual({
      ok: true,
      request: { actionId: 'oxygen-start', amount: { value: 15, unit: 'L/min' } },
    })
    const running = { actionId: 'oxygen-start', sinceMs: 0, amount: { value: 10, unit: 'L/min' as const } }
    expect(dosePadModel(oxygen, EMPTY_DOSE_PAD, { canGoBack: false, running }).lines[0]).toBe(
      'Running now at 10 L/min.',
    )
  })

  it.each(sceneFiles())('suggests no dose and no route for any dose action of %s', (file) => {
    const s = loadScene(file)
    for (const id of Object.keys(s.actions)) {
      const action = actionOf(s, id)
      if (!needsDoseDialog(action)) continue
      const model = dosePadModel(action, EMPTY_DOSE_PAD, { canGoBack: true })
      expectSaneLayout(model)
      // No number anywhere but on the number keys: nothing pre-filled, no hint of a dose.
      const texts = [...model.lines, ...model.buttons.filter((b) => !b.id.startsWith('key:')).map((b) => b.label)]
      for (const text of texts) expect(text, `${file} ${id}`).not.toMatch(/\d/)
      expect(
        model.buttons.filter((b) => b.id.startsWith('route:') && b.tone === 'selected'),
        id,
      ).toEqual([])
      expect(model.heightPx / 1600, id).toBeLessThanOrEqual(0.6)
    }
  })
})
