import type { Activity } from '../../engine/types.ts'
import type { AvailableAction } from '../../store/index.ts'
import {
  activityOf,
  menuGroups,
  needsDoseDialog,
  startsActivity,
  stopsActivity,
} from '../../ui/action-menu/catalogue.ts'
import type { MenuTarget } from '../../ui/action-menu/catalogue.ts'
import { formatClock } from '../../ui/format.ts'
import { formatGiven } from '../../ui/hud/feedback.ts'
import { WORLD_OBJECT_LABELS } from '../../world/world-objects.ts'
import {
  BUTTON_GAP_PX,
  GAP_PX,
  PADDING_PX,
  PANEL_WIDTH_PX,
  bodyLines,
  buttonHeightFor,
  labelLines,
  layoutColumn,
  layoutGrid,
} from './panel-model.ts'
import type { ButtonSpec, PanelModel } from './panel-model.ts'

export interface ActionPanelInput {
  /** The scenario's actions available now: `selectAvailableActions`, as the desktop menu lists them. */
  actions: readonly AvailableAction[]
  /** Ongoing activities: `selectActiveActivities`. */
  active: Readonly<Record<string, Activity>>
  /** What the learner pointed at; null lists every action. */
  target: MenuTarget | null
  page: number
  paused: boolean
  /** A refusal or notice from the last press, shown above the list. */
  message: string | null
}

/** Height the action buttons of one page may take (≈ 0.36 m): the whole panel stays under ~0.55 m. */
export const ACTION_LIST_PX = 580

/** What the row says after the label, like the desktop menu's row status. */
function rowStatus(action: AvailableAction, active: Readonly<Record<string, Activity>>): string | null {
  const activity = activityOf(action)
  const running = activity === null ? undefined : active[activity]
  if (running && stopsActivity(action)) return `running since ${formatClock(running.sinceMs)}`
  if (running && startsActivity(action)) {
    const given = formatGiven(running.amount, running.route)
    return given ? `running at ${given}: choose to change` : 'running'
  }
  return null
}

/** The actions listed at the target, in the desktop menu's order (ABCDE groups, then the scene's order). */
export const actionsListed = (input: Pick<ActionPanelInput, 'actions' | 'active' | 'target'>): AvailableAction[] =>
  menuGroups(input.actions, { active: input.active, target: input.target, query: '' }).flatMap((g) => g.actions)

/** Splits heights into pages that each fit `budget` (a taller-than-budget item gets a page of its own). */
export function paginate(heights: readonly number[], budget: number, gap = BUTTON_GAP_PX): number[][] {
  const pages: number[][] = []
  let page: number[] = []
  let used = 0
  heights.forEach((h, i) => {
    const need = page.length === 0 ? h : used + gap + h
    if (page.length > 0 && need > budget) {
      pages.push(page)
      page = [i]
      used = h
    } else {
      page.push(i)
      used = need
    }
  })
  if (page.length > 0) pages.push(page)
  return pages
}

/** The action panel: one button per action offered at the target, a page at a time, then Previous/Next, All actions and Close. */
export function actionPanelModel(input: ActionPanelInput): PanelModel {
  const widthPx = PANEL_WIDTH_PX
  const inner = widthPx - 2 * PADDING_PX
  const listed = actionsListed(input)
  const rows = listed.map((action) => {
    const status = rowStatus(action, input.active)
    // "…" as on the desktop row: this opens the dose pad rather than acting at once.
    const label = `${action.label}${needsDoseDialog(action) ? ' …' : ''}${status ? ` (${status})` : ''}`
    const spec: ButtonSpec = { id: `action:${action.id}`, label }
    return { spec, h: buttonHeightFor(labelLines(label, inner, 3)) }
  })
  const pages = paginate(
    rows.map((r) => r.h),
    ACTION_LIST_PX,
  )
  const pageCount = Math.max(1, pages.length)
  const page = Math.min(Math.max(0, Math.floor(input.page)), pageCount - 1)
  const where = input.target === null ? null : WORLD_OBJECT_LABELS[input.target]

  const texts = [
    ...(input.paused ? ['The scenario is paused: resume it to act.'] : []),
    ...(input.message ? [input.message] : []),
    ...(listed.length === 0 ? [`Nothing to do at the ${where?.toLowerCase() ?? 'room'} now.`] : []),
  ]
  const body = bodyLines(texts, widthPx, { maxLines: 4 })
  const list = layoutColumn(
    (pages[page] ?? []).flatMap((i) => rows[i] ?? []),
    { x: PADDING_PX, y: body.bottom, width: inner },
  )

  const nav: ButtonSpec[] = [
    ...(pageCount > 1
      ? [
          { id: 'prev', label: 'Previous', ...(page === 0 && { disabled: true }) },
          { id: 'next', label: 'Next', ...(page === pageCount - 1 && { disabled: true }) },
        ]
      : []),
    ...(input.target !== null ? [{ id: 'all', label: 'All actions' }] : []),
    { id: 'close', label: 'Close' },
  ]
  const navRow = layoutGrid(nav, {
    x: PADDING_PX,
    // Paged: the row stays where it is from page to page, so "Next" can be pressed again without aiming anew.
    y: pageCount > 1 ? body.bottom + ACTION_LIST_PX + GAP_PX : list.bottom + (list.buttons.length > 0 ? GAP_PX : 0),
    width: inner,
    columns: nav.length,
  })
  return {
    widthPx,
    heightPx: navRow.bottom + PADDING_PX,
    title: `${where ?? 'All actions'}${pageCount > 1 ? ` · ${page + 1}/${pageCount}` : ''}`,
    lines: body.lines,
    buttons: [...list.buttons, ...navRow.buttons],
  }
}
