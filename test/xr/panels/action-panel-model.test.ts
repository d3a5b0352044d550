import { describe, expect, it } from 'vitest'
import type { Activity } from '../../../src/engine/types.ts'
import { createSimStore, selectActiveActivities, selectAvailableActions } from '../../../src/store/index.ts'
import type { AvailableAction } from '../../../src/store/index.ts'
import { menuGroups } from '../../../src/ui/action-menu/catalogue.ts'
import type { MenuTarget } from '../../../src/ui/action-menu/catalogue.ts'
import { performAction } from '../../../src/ui/action-menu/perform.ts'
import { ACTION_LIST_PX, actionPanelModel, paginate } from '../../../src/xr/panels/action-panel-model.ts'
import type { ActionPanelInput } from '../../../src/xr/panels/action-panel-model.ts'
import { loadScene } from '../../scenes/load-scenes.ts'
import { button, buttonIds, expectSaneLayout, must } from './layout-checks.ts'

const scenario = loadScene('anaphylaxis-adult.yaml')
const running = () => {
  const store = createSimStore({ nextSeed: () => 7 })
  store.getState().load(scenario)
  store.getState().start()
  return store
}

const inputFor = (store: ReturnType<typeof running>, target: MenuTarget | null, page = 0): ActionPanelInput => ({
  actions: selectAvailableActions(store.getState()),
  active: selectActiveActivities(store.getState()) as Readonly<Record<string, Activity>>,
  target,
  page,
  paused: store.getState().status === 'paused',
  message: null,
})

/** The action buttons of every page, in order. */
function allPages(input: ActionPanelInput) {
  const first = actionPanelModel(input)
  const pages = [first]
  const hasNext = () => {
    const next = button(must(pages.at(-1)), 'next')
    return next !== undefined && !next.disabled
  }
  while (hasNext()) {
    pages.push(actionPanelModel({ ...input, page: pages.length }))
  }
  const ids = pages.flatMap((p) => buttonIds(p).filter((id) => id.startsWith('action:')))
  return { pages, ids }
}

const desktopIds = (
  actions: readonly AvailableAction[],
  active: Readonly<Record<string, unknown>>,
  target: MenuTarget,
) => menuGroups(actions, { active, target, query: '' }).flatMap((g) => g.actions.map((a) => `action:${a.id}`))

describe('the action panel', () => {
  it.each<MenuTarget>(['patient', 'drug-cart'])('lists exactly the desktop menu’s actions at %s', (target) => {
    const store = running()
    const input = inputFor(store, target)
    const { pages, ids } = allPages(input)
    expect(ids).toEqual(desktopIds(input.actions, input.active, target))
    expect(ids.length).toBeGreaterThan(0)
    for (const page of pages) expectSaneLayout(page)
  })

  it('titles the panel with what was pointed at and labels buttons with the scene’s labels', () => {
    const model = actionPanelModel(inputFor(running(), 'drug-cart'))
    expect(model.title.startsWith('Drug cart')).toBe(true)
    // Drugs open the dose pad: "…" as on the desktop row; never a dose in the label.
    expect(button(model, 'action:adrenaline')?.label).toBe('Adrenaline (epinephrine) …')
    expect(buttonIds(model)).toContain('all')
    expect(buttonIds(model).at(-1)).toBe('close')
    expect(actionPanelModel(inputFor(running(), null)).title.startsWith('All actions')).toBe(true)
  })

  it('pages a long list with Previous/Next, each page within its height budget', () => {
    const store = running()
    const { pages, ids } = allPages(inputFor(store, null))
    expect(pages.length).toBeGreaterThan(1)
    expect(new Set(ids).size).toBe(ids.length)
    expect(button(must(pages[0]), 'prev')?.disabled).toBe(true)
    expect(button(must(pages[0]), 'next')?.disabled).toBeUndefined()
    expect(button(must(pages.at(-1)), 'next')?.disabled).toBe(true)
    pages.forEach((page, i) => {
      expect(page.title).toBe(`All actions · ${i + 1}/${pages.length}`)
      const actions = page.buttons.filter((b) => b.id.startsWith('action:'))
      const top = Math.min(...actions.map((b) => b.y))
      const bottom = Math.max(...actions.map((b) => b.y + b.h))
      expect(bottom - top).toBeLessThanOrEqual(ACTION_LIST_PX)
      // The whole panel stays a comfortable size in front of the learner (≤ 0.6 m tall).
      expect(page.heightPx / 1600).toBeLessThanOrEqual(0.6)
    })
    // A page past the end shows the last page rather than nothing.
    expect(buttonIds(actionPanelModel(inputFor(store, null, 99)))).toEqual(buttonIds(must(pages.at(-1))))
  })

  it('shows Stop only while an activity runs, with since when, like the desktop menu', () => {
    const store = running()
    const before = actionPanelModel(inputFor(store, 'bvm'))
    expect(buttonIds(before)).toContain('action:bvm-start')
    expect(buttonIds(before)).not.toContain('action:bvm-stop')
    expect(performAction(store.getState(), { actionId: 'bvm-start' })).toEqual({ ok: true })
    const after = actionPanelModel(inputFor(store, 'bvm'))
    expect(buttonIds(after)).not.toContain('action:bvm-start')
    expect(button(after, 'action:bvm-stop')?.label).toMatch(/running since 00:00/)
  })

  it('says when paused and shows the last refusal above the list', () => {
    const store = running()
    store.getState().pause()
    const model = actionPanelModel({ ...inputFor(store, 'patient'), message: 'Not done: Jaw thrust. Nope.' })
    expect(model.lines).toContain('The scenario is paused: resume it to act.')
    expect(model.lines.join(' ')).toContain('Not done: Jaw thrust. Nope.')
  })
})

describe('paginate', () => {
  it('fills pages greedily within the budget (gaps included)', () => {
    expect(paginate([80, 80, 80], 172, 12)).toEqual([[0, 1], [2]])
    expect(paginate([80, 80, 80], 171, 12)).toEqual([[0], [1], [2]])
    expect(paginate([300], 100)).toEqual([[0]])
    expect(paginate([], 100)).toEqual([])
  })
})
