import type { Amount, Command, PerformCommand } from '../../src/engine/types.ts'
import { at, type ScriptedRun } from './scripted-run.ts'

/*
 * Scripted runs for scenes/anaphylaxis-adult.yaml. Seeded ranges that matter (see the scene's transitions):
 * adrenaline onset 60–150 s (90–150 s from peri-arrest); untreated anaphylaxis → worsening after 180–240 s,
 * worsening → peri-arrest after 150–210 s, peri-arrest → arrest after 120–180 s; improving → stabilised needs the
 * infusion stopped plus a 500 mL bolus or a second IM dose and 120–180 s in the state; success 60 s later.
 */

const perform = (actionId: string, extra: Omit<PerformCommand, 'type' | 'actionId'> = {}): Command => ({
  type: 'action.perform',
  actionId,
  ...extra,
})
const mcg = (value: number): Amount => ({ value, unit: 'mcg' })
const mg = (value: number): Amount => ({ value, unit: 'mg' })
const mL = (value: number): Amount => ({ value, unit: 'mL' })
const highFlow = { amount: { value: 15, unit: 'L/min' } } as const

/** The positive items an expert meets (and every harmful item avoided). */
const ALL_POSITIVE = [
  'call-for-help',
  'stop-trigger',
  'im-adrenaline-early',
  'high-flow-oxygen',
  'fluid-bolus',
  'lie-flat',
  'repeat-adrenaline-interval',
  'sbar-handover',
]
const ALL_HARMFUL = [
  'no-iv-adrenaline-bolus',
  'no-adrenaline-overdose',
  'no-antihistamine-before-adrenaline',
  'no-steroid-before-adrenaline',
  'no-sitting-when-shocked',
  'no-standing',
]

export const runs: ScriptedRun[] = [
  {
    // Transitions 0 (onset) and 7 (stop + fluid → stabilised); every rubric item met. Ends by about 7 min.
    name: 'expert: recognise, stop the infusion, call, lie flat, IM adrenaline 500 mcg, oxygen, IV fluid bolus',
    commands: [
      at(3, perform('check-responsiveness')),
      at(8, perform('assess-airway')),
      at(14, perform('assess-breathing')),
      at(20, perform('call-for-help')),
      at(25, perform('stop-infusion')),
      at(30, perform('lie-flat-legs-raised')),
      at(40, perform('adrenaline', { amount: mcg(500), route: 'im' })),
      at(50, perform('oxygen-start', highFlow)),
      at(60, perform('assess-circulation')),
      at(75, perform('iv-access')),
      at(90, perform('fluid-bolus', { amount: mL(500), route: 'iv' })),
      at(110, perform('assess-disability')),
      at(120, perform('assess-exposure')),
      at(130, perform('check-glucose')),
      at(150, perform('assess-breathing')),
      at(180, perform('sbar-handover')),
    ],
    expect: { pass: true, outcome: 'stabilised', metItems: [...ALL_POSITIVE, ...ALL_HARMFUL] },
  },
  {
    // Transition 7 through its "second IM dose" branch: no IV access, repeat dose at 6 min (360 s after the first).
    name: 'expert variant: second IM dose after 6 minutes instead of fluids',
    commands: [
      at(5, perform('assess-airway')),
      at(10, perform('assess-breathing')),
      at(15, perform('call-for-help')),
      at(22, perform('stop-infusion')),
      at(30, perform('lie-flat-legs-raised')),
      at(40, perform('adrenaline', { amount: mg(0.5), route: 'im' })),
      at(50, perform('oxygen-start', highFlow)),
      at(70, perform('assess-circulation')),
      at(180, perform('sbar-handover')),
      at(300, perform('assess-circulation')),
      at(400, perform('adrenaline', { amount: mcg(500), route: 'im' })),
    ],
    expect: {
      pass: true,
      outcome: 'stabilised',
      metItems: ['im-adrenaline-early', 'repeat-adrenaline-interval', 'high-flow-oxygen', ...ALL_HARMFUL],
      failedItems: ['fluid-bolus'],
    },
  },
  {
    // RCUK 2021 allows semi-recumbent instead of supine when lying flat makes breathing harder: the position item
    // accepts either action (legs raised both ways).
    name: 'expert variant: reclined to semi-recumbent with legs raised for her breathing',
    commands: [
      at(3, perform('check-responsiveness')),
      at(8, perform('assess-airway')),
      at(14, perform('assess-breathing')),
      at(20, perform('call-for-help')),
      at(25, perform('stop-infusion')),
      at(30, perform('semi-recumbent-legs-raised')),
      at(40, perform('adrenaline', { amount: mcg(500), route: 'im' })),
      at(50, perform('oxygen-start', highFlow)),
      at(60, perform('check-pulse')),
      at(75, perform('iv-access')),
      at(90, perform('fluid-bolus', { amount: mL(500), route: 'iv' })),
      at(180, perform('sbar-handover')),
    ],
    expect: { pass: true, outcome: 'stabilised', metItems: [...ALL_POSITIVE, ...ALL_HARMFUL] },
  },
  {
    // Major harm (−10 of 72): a non-sedating oral antihistamine is still an antihistamine before adrenaline. IM
    // adrenaline follows within 5 min, so the run passes on score (62/72) but loses the item.
    name: 'oral cetirizine before IM adrenaline, otherwise expert',
    commands: [
      at(10, perform('call-for-help')),
      at(20, perform('stop-infusion')),
      at(25, perform('lie-flat-legs-raised')),
      at(35, perform('cetirizine', { amount: mg(10), route: 'po' })),
      at(60, perform('adrenaline', { amount: mcg(500), route: 'im' })),
      at(70, perform('oxygen-start', highFlow)),
      at(80, perform('iv-access')),
      at(95, perform('fluid-bolus', { amount: mL(500), route: 'iv' })),
      at(200, perform('sbar-handover')),
    ],
    expect: {
      pass: true,
      outcome: 'stabilised',
      failedItems: ['no-antihistamine-before-adrenaline'],
      metItems: ['im-adrenaline-early', 'lie-flat', 'fluid-bolus'],
    },
  },
  {
    // Critical harm: 500 mcg IV bolus with a pulse (effect: HR +45, SBP +80). IM dose later reverses the reaction.
    name: 'harmful: adrenaline 500 mcg as an IV bolus before the IM dose',
    commands: [
      at(15, perform('call-for-help')),
      at(20, perform('stop-infusion')),
      at(30, perform('iv-access')),
      at(45, perform('adrenaline', { amount: mcg(500), route: 'iv' })),
      at(60, perform('lie-flat-legs-raised')),
      at(70, perform('oxygen-start', highFlow)),
      at(100, perform('adrenaline', { amount: mcg(500), route: 'im' })),
      at(120, perform('fluid-bolus', { amount: mL(500), route: 'iv' })),
      at(200, perform('sbar-handover')),
    ],
    expect: {
      pass: false,
      outcome: 'stabilised',
      failedItems: ['no-iv-adrenaline-bolus'],
      metItems: ['im-adrenaline-early', 'stop-trigger', 'call-for-help'],
    },
  },
  {
    // Critical harm and a missed critical item: 5 mg IM (10x). The patient still improves (dose ≥ 0.3 mg).
    name: 'harmful: ten-fold adrenaline error (5 mg IM)',
    commands: [
      at(15, perform('call-for-help')),
      at(20, perform('stop-infusion')),
      at(30, perform('lie-flat-legs-raised')),
      at(40, perform('adrenaline', { amount: mg(5), route: 'im' })),
      at(50, perform('oxygen-start', highFlow)),
      at(70, perform('iv-access')),
      at(90, perform('fluid-bolus', { amount: mL(500), route: 'iv' })),
      at(180, perform('sbar-handover')),
    ],
    expect: {
      pass: false,
      outcome: 'stabilised',
      failedItems: ['no-adrenaline-overdose', 'im-adrenaline-early'],
    },
  },
  {
    // Three major harms (antihistamine and steroid before adrenaline, sitting her up while shocked): 72 − 30 = 42 of
    // 72 (0.58) fails on score although adrenaline comes within 5 min. On some seeds sitting up drops the SBP below 50
    // (transition 1 → peri-arrest, cancelling the pending onset); the recent IM dose plus the 1 L bolus then rescue
    // her through transition 5, on the others through transitions 0 and 7.
    name: 'harmful: treats it as an allergy first (chlorphenamine, hydrocortisone) and sits her up',
    commands: [
      at(15, perform('call-for-help')),
      at(25, perform('iv-access')),
      at(40, perform('chlorphenamine', { amount: mg(10), route: 'iv' })),
      at(60, perform('hydrocortisone', { amount: mg(200), route: 'iv' })),
      at(70, perform('sit-upright')),
      at(80, perform('stop-infusion')),
      at(150, perform('adrenaline', { amount: mcg(500), route: 'im' })),
      at(160, perform('oxygen-start', highFlow)),
      at(200, perform('lie-flat-legs-raised')),
      at(220, perform('fluid-bolus', { amount: mL(1000), route: 'iv' })),
      at(300, perform('sbar-handover')),
    ],
    expect: {
      pass: false,
      outcome: 'stabilised',
      failedItems: ['no-antihistamine-before-adrenaline', 'no-steroid-before-adrenaline', 'no-sitting-when-shocked'],
      metItems: ['im-adrenaline-early', 'call-for-help', 'stop-trigger'],
    },
  },
  {
    // Late: adrenaline at 7 min, after transition 2 (→ worsening) and possibly 4 (→ peri-arrest); the early fluids make
    // transition 3 or 5 reverse it either way, so she survives, but the critical time window is missed.
    name: 'late: supportive care first, IM adrenaline only at 7 minutes',
    commands: [
      at(10, perform('assess-airway')),
      at(15, perform('call-for-help')),
      at(20, perform('stop-infusion')),
      at(30, perform('lie-flat-legs-raised')),
      at(45, perform('oxygen-start', highFlow)),
      at(60, perform('iv-access')),
      at(80, perform('fluid-bolus', { amount: mL(500), route: 'iv' })),
      at(200, perform('assess-breathing')),
      at(300, perform('sbar-handover')),
      at(420, perform('adrenaline', { amount: mcg(500), route: 'im' })),
    ],
    expect: {
      pass: false,
      outcome: 'stabilised',
      failedItems: ['im-adrenaline-early'],
      metItems: ['call-for-help', 'stop-trigger', 'fluid-bolus', 'high-flow-oxygen'],
    },
  },
  {
    // Critical harm: standing a shocked patient → immediate peri-arrest (stand-patient effect). Prompt adrenaline and a
    // 1 L bolus (transition 5) rescue her, but the run fails on the harmful item.
    name: 'harmful: stands her up to walk to the trolley',
    commands: [
      at(15, perform('call-for-help')),
      at(25, perform('stand-patient')),
      at(30, perform('stop-infusion')),
      at(40, perform('lie-flat-legs-raised')),
      at(50, perform('adrenaline', { amount: mcg(500), route: 'im' })),
      at(60, perform('oxygen-start', highFlow)),
      at(70, perform('iv-access')),
      at(90, perform('fluid-bolus', { amount: mL(1000), route: 'iv' })),
      at(200, perform('sbar-handover')),
    ],
    expect: {
      pass: false,
      outcome: 'stabilised',
      failedItems: ['no-standing'],
      metItems: ['im-adrenaline-early', 'fluid-bolus'],
    },
  },
  {
    // Transitions 2 → 4 → 6 fire in turn; the run ends 60 s into PEA (at most 690 s). The repeat-dose item fails
    // too: at least 450 s with ABC problems and no dose at all is longer than its 420 s limit.
    name: 'does nothing: untreated anaphylaxis progresses to cardiac arrest',
    commands: [],
    expect: {
      pass: false,
      outcome: 'cardiac-arrest',
      failedItems: ['call-for-help', 'stop-trigger', 'im-adrenaline-early', 'repeat-adrenaline-interval'],
    },
  },
]
