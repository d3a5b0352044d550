import { describe, expect, it, vi } from 'vitest'
import { createSimStore } from '../../../src/store/index.ts'
import { pressActionPanel, pressDosePanel, pressStatusPanel } from '../../../src/xr/panels/menu-press.ts'
import type { MenuStores } from '../../../src/xr/panels/menu-press.ts'
import { EMPTY_DOSE_PAD } from '../../../src/xr/panels/dose-pad.ts'
import { createVrMenuStore, isDoseView } from '../../../src/xr/panels/vr-menu-store.ts'
import { loadScene } from '../../scenes/load-scenes.ts'

const scenario = loadScene('anaphylaxis-adult.yaml')
function stores(): MenuStores {
  const sim = createSimStore({ nextSeed: () => 7 })
  sim.getState().load(scenario)
  sim.getState().start()
  return { sim, menu: createVrMenuStore() }
}
const performed = (s: MenuStores) => s.sim.getState().events.filter((e) => e.type === 'action.performed')

describe('pressing the headset menus', () => {
  it('performs a plain action from the list and closes', () => {
    const s = stores()
    s.menu.getState().openFor('patient')
    pressActionPanel('action:assess-airway', s)
    expect(performed(s).map((e) => e.type === 'action.performed' && e.actionId)).toEqual(['assess-airway'])
    expect(s.menu.getState().open).toBeNull()
  })

  it('keeps the list open with the reason when the engine refuses', () => {
    const s = stores()
    s.menu.getState().openFor('drug-cart')
    // Needs call-for-help, adrenaline and IV access first.
    pressActionPanel('action:adrenaline-infusion', s)
    expect(s.menu.getState().open).toEqual({ target: 'drug-cart', page: 0 })
    expect(s.menu.getState().message).toMatch(/^Not done: /)
  })

  it('drug cart → adrenaline → 0 . 5, mg, IM → Give: performs 0.5 mg IM adrenaline', () => {
    const s = stores()
    s.menu.getState().openFor('drug-cart')
    pressActionPanel('action:adrenaline', s)
    const open = s.menu.getState().open
    expect(isDoseView(open) && open).toEqual({
      dose: 'adrenaline',
      back: { target: 'drug-cart', page: 0 },
      pad: EMPTY_DOSE_PAD,
    })
    for (const id of ['key:0', 'key:.', 'key:5', 'unit:mg', 'give']) pressDosePanel(id, s)
    // No route: nothing given, the pad says why.
    expect(performed(s)).toEqual([])
    const pad = s.menu.getState().open
    expect(isDoseView(pad) && pad.pad.error).toBe('Choose a route.')
    pressDosePanel('route:im', s)
    pressDosePanel('give', s)
    expect(performed(s)).toMatchObject([{ actionId: 'adrenaline', amount: { value: 0.5, unit: 'mg' }, route: 'im' }])
    expect(s.menu.getState().open).toBeNull()
  })

  it('Back returns to the list it came from; Cancel closes', () => {
    const s = stores()
    s.menu.getState().openFor('drug-cart')
    s.menu.getState().setPage(1)
    pressActionPanel('action:hydrocortisone', s)
    pressDosePanel('back', s)
    expect(s.menu.getState().open).toEqual({ target: 'drug-cart', page: 1 })
    pressActionPanel('action:hydrocortisone', s)
    pressDosePanel('cancel', s)
    expect(s.menu.getState().open).toBeNull()
  })

  it('pages, shows all actions and closes from the list', () => {
    const s = stores()
    s.menu.getState().openFor('patient')
    pressActionPanel('next', s)
    expect(s.menu.getState().open).toEqual({ target: 'patient', page: 1 })
    pressActionPanel('prev', s)
    pressActionPanel('prev', s)
    expect(s.menu.getState().open).toEqual({ target: 'patient', page: 0 })
    pressActionPanel('all', s)
    expect(s.menu.getState().open).toEqual({ target: null, page: 0 })
    pressActionPanel('close', s)
    expect(s.menu.getState().open).toBeNull()
  })

  it('status panel: Actions, Pause/Resume, Recentre, Seated and Exit', () => {
    const s = stores()
    const host = { onRecentre: vi.fn(), onToggleSeated: vi.fn(), onExit: vi.fn() }
    pressStatusPanel('actions', s, host)
    expect(s.menu.getState().open).toEqual({ target: null, page: 0 })
    pressStatusPanel('pause', s, host)
    expect(s.sim.getState().status).toBe('paused')
    pressStatusPanel('pause', s, host)
    expect(s.sim.getState().status).toBe('running')
    pressStatusPanel('recentre', s, host)
    pressStatusPanel('seated', s, host)
    pressStatusPanel('exit', s, host)
    expect(host.onRecentre).toHaveBeenCalledOnce()
    expect(host.onToggleSeated).toHaveBeenCalledOnce()
    expect(host.onExit).toHaveBeenCalledOnce()
  })

  it('says the run is paused instead of acting', () => {
    const s = stores()
    s.sim.getState().pause()
    s.menu.getState().openFor('patient')
    pressActionPanel('action:assess-airway', s)
    expect(s.menu.getState().message).toBe('Not done: A: assess airway. The scenario is paused: resume it to act.')
  })
})
