import type { Amount, PerformCommand } from '../../src/engine/types.ts'
import type { Route } from '../../src/scenario/schema/index.ts'
import { at, type ScriptedRun } from './scripted-run.ts'

/*
 * Timeline facts the expectations rest on (see the transitions in scenes/opioid-overdose-adult.yaml):
 * - untreated: apnoea 150–210 s after the start, PEA 1.5–3 min later (so by 390 s at the latest),
 *   death without CPR 240 s after that (by 630 s), well inside the 900 s limit;
 * - BVM with a pulse moves the patient to `ventilated` at once (SpO2 toward 97 with oxygen connected, 91 on room
 *   air); naloxone 400 micrograms IV answers after 30–55 s, 100 micrograms twice after 30–55 s from the second dose;
 * - success needs 120 s in `breathing-adequately` with the bag stopped, RR > 9 and SpO2 > 93.
 */

const act = (actionId: string, amount?: Amount, route?: Route): PerformCommand => ({
  type: 'action.perform',
  actionId,
  ...(amount && { amount }),
  ...(route && { route }),
})
const mcg = (value: number): Amount => ({ value, unit: 'mcg' })
const mg = (value: number): Amount => ({ value, unit: 'mg' })
const lpm = (value: number): Amount => ({ value, unit: 'L/min' })

/** Recognition, help, airway, oxygen to the bag and bag-mask ventilation in the first 30 s, then stop the PCA and find the cause. */
const expertOpening = [
  at(3, act('check-responsiveness')),
  at(8, act('call-for-help')),
  at(12, act('assess-airway')),
  at(16, act('jaw-thrust')),
  at(22, act('npa-insert')),
  at(26, act('oxygen-start', lpm(15))),
  at(28, act('bvm-start')),
  at(38, act('assess-breathing')),
  at(45, act('check-pulse')),
  at(52, act('stop-pca')),
  at(60, act('review-charts')),
  at(68, act('assess-disability')),
  at(74, act('check-glucose')),
  at(80, act('iv-access')),
]

export const runs: ScriptedRun[] = [
  {
    // Exercises: ventilation transition, IV naloxone 400 micrograms → breathing-adequately after 30–55 s
    // (reached at 120–145 s), end `reversed` at 240–265 s. Every positive rubric item is met.
    name: 'expert: ventilate, stop the PCA, naloxone 400 micrograms IV, then oxygen by mask',
    commands: [
      ...expertOpening,
      at(90, act('naloxone', mcg(400), 'iv')),
      at(100, act('capnography-attach')),
      at(160, act('assess-breathing')),
      at(168, act('bvm-stop')),
      at(172, act('oxygen-start', lpm(15))),
      at(185, act('assess-disability')),
      at(200, act('sbar-handover')),
    ],
    expect: {
      pass: true,
      outcome: 'reversed',
      metItems: [
        'help-called',
        'ventilation-started',
        'naloxone-titrated',
        'pca-stopped',
        'high-flow-oxygen',
        'airway-opened',
        'ventilation-before-naloxone',
        'capnography',
        'glucose-checked',
        'sbar-handover',
        'naloxone-bolus-avoided',
        'naloxone-without-cpr-avoided',
      ],
    },
  },
  {
    // Exercises the low-dose branch (two increments of 100 micrograms within 10 min): the second dose at 150 s
    // schedules the response (reached at 180–205 s); the bag stops at 230 s, the run ends `reversed` at 300–325 s.
    // Here the bag goes on first and the oxygen is connected to it 12 s later: either order counts.
    name: 'expert: low-dose regimen, naloxone 100 micrograms IV twice (bag first, then oxygen to it)',
    commands: [
      ...expertOpening.filter((c) => c.command.type !== 'action.perform' || c.command.actionId !== 'oxygen-start'),
      at(40, act('oxygen-start', lpm(15))),
      at(90, act('naloxone', mcg(100), 'iv')),
      at(100, act('capnography-attach')),
      at(150, act('naloxone', mcg(100), 'iv')),
      at(215, act('assess-breathing')),
      at(230, act('bvm-stop')),
      at(234, act('oxygen-start', lpm(15))),
      at(250, act('sbar-handover')),
    ],
    expect: {
      pass: true,
      outcome: 'reversed',
      metItems: ['naloxone-titrated', 'naloxone-bolus-avoided', 'high-flow-oxygen', 'ventilation-started'],
    },
  },
  {
    // A minor-severity distractor costs 5 of 77 points but does not fail an otherwise expert run.
    name: 'expert care plus flumazenil: loses the item, still passes',
    commands: [
      ...expertOpening,
      at(85, act('flumazenil', mcg(200), 'iv')),
      at(90, act('naloxone', mcg(400), 'iv')),
      at(100, act('capnography-attach')),
      at(168, act('bvm-stop')),
      at(172, act('oxygen-start', lpm(15))),
      at(200, act('sbar-handover')),
    ],
    expect: { pass: true, outcome: 'reversed', failedItems: ['flumazenil-avoided'] },
  },
  {
    // Bag-mask on room air: the oxygen is never connected. Ventilation clears the CO2 and keeps him out of
    // respiratory arrest, but the bag alone holds his SpO2 around 91 %, short of the 94–98 % target. Titrated
    // naloxone still reverses him (`reversed` on room air at 240–265 s), but the critical oxygen item is missed.
    name: 'bag-mask ventilation without oxygen connected, otherwise expert',
    commands: [
      ...expertOpening.filter((c) => c.command.type !== 'action.perform' || c.command.actionId !== 'oxygen-start'),
      at(90, act('naloxone', mcg(400), 'iv')),
      at(100, act('capnography-attach')),
      at(160, act('assess-breathing')),
      at(168, act('bvm-stop')),
      at(185, act('assess-disability')),
      at(200, act('sbar-handover')),
    ],
    expect: {
      pass: false,
      outcome: 'reversed',
      failedItems: ['high-flow-oxygen'],
      metItems: ['ventilation-started', 'airway-opened', 'naloxone-titrated', 'ventilation-before-naloxone'],
    },
  },
  {
    // Harmful: 2 mg IV as the first dose. Exercises the abrupt-reversal transition (15–30 s after the dose)
    // and the `abrupt-reversal` end 90 s later. No 100–400 microgram dose, so the critical naloxone item fails too.
    name: 'harmful: naloxone 2 mg IV bolus as the first dose',
    commands: [
      at(5, act('call-for-help')),
      at(15, act('head-tilt-chin-lift')),
      at(24, act('oxygen-start', lpm(15))),
      at(25, act('bvm-start')),
      at(45, act('stop-pca')),
      at(55, act('iv-access')),
      at(65, act('naloxone', mg(2), 'iv')),
    ],
    expect: {
      pass: false,
      outcome: 'abrupt-reversal',
      failedItems: ['naloxone-bolus-avoided', 'naloxone-titrated'],
      metItems: ['ventilation-started', 'help-called', 'airway-opened', 'high-flow-oxygen'],
    },
  },
  {
    // Harmful (critical since v1.1): a correct 400 microgram dose, then 2 mg IV 10 s later without waiting for the
    // response. The critical titration item is met, but the bolus still causes abrupt reversal (scheduled 15–30 s
    // after it, or re-scheduled from breathing-adequately if that comes first), so the run fails.
    name: 'harmful: naloxone 400 micrograms, then 2 mg IV without waiting for a response',
    commands: [...expertOpening, at(90, act('naloxone', mcg(400), 'iv')), at(100, act('naloxone', mg(2), 'iv'))],
    expect: {
      pass: false,
      outcome: 'abrupt-reversal',
      failedItems: ['naloxone-bolus-avoided'],
      metItems: ['naloxone-titrated', 'ventilation-started', 'ventilation-before-naloxone'],
    },
  },
  {
    // Harmful (critical): the patient is left to arrest (PEA by 390 s at the latest); naloxone at 400 s with no pulse
    // and no CPR. CPR then starts at 410 s (so `died-no-cpr` cannot fire) and adrenaline 1 mg IV at 430 s gives ROSC
    // 60–120 s after the 120 s mark of the arrest, ending `rosc-after-arrest` by 690 s.
    name: 'harmful: naloxone while CPR was needed (pulseless, no compressions)',
    commands: [
      at(10, act('call-for-help')),
      at(60, act('iv-access')),
      at(400, act('naloxone', mcg(400), 'iv')),
      at(410, act('cpr-start')),
      at(420, act('defib-pads')),
      at(425, act('defib-analyse')),
      at(430, act('adrenaline', mg(1), 'iv')),
    ],
    expect: {
      pass: false,
      outcome: 'rosc-after-arrest',
      failedItems: ['naloxone-without-cpr-avoided', 'ventilation-started', 'naloxone-titrated'],
      metItems: ['adrenaline-with-pulse-avoided'],
    },
  },
  {
    // Late: bag-mask only at 150 s (the patient may already be apnoeic: either way BVM → ventilated). Naloxone at
    // 170 s → breathing-adequately at 200–225 s; bag stopped at 250 s; ends `reversed` on room air (SpO2 94–96).
    name: 'late: bag-mask ventilation delayed to 150 s',
    commands: [
      at(10, act('call-for-help')),
      at(30, act('assess-breathing')),
      at(45, act('iv-access')),
      at(70, act('review-charts')),
      at(149, act('oxygen-start', lpm(15))),
      at(150, act('bvm-start')),
      at(170, act('naloxone', mcg(400), 'iv')),
      at(250, act('bvm-stop')),
    ],
    expect: {
      pass: false,
      outcome: 'reversed',
      failedItems: ['ventilation-started', 'high-flow-oxygen', 'airway-opened', 'pca-stopped'],
      metItems: ['naloxone-titrated', 'ventilation-before-naloxone'],
    },
  },
  {
    // Oxygen mask instead of ventilation: SpO2 is propped up (target 94) while the drive stays depressed; naloxone at
    // 90 s still rescues him (reversed at 120–145 s, end at 240–265 s) but the critical ventilation item is missed
    // (the oxygen item itself is met: high-flow oxygen by reservoir mask within 2 min).
    name: 'harmful: oxygen mask and naloxone, never ventilated',
    commands: [
      at(10, act('call-for-help')),
      at(20, act('oxygen-start', lpm(15))),
      at(50, act('iv-access')),
      at(90, act('naloxone', mcg(400), 'iv')),
    ],
    expect: {
      pass: false,
      outcome: 'reversed',
      failedItems: ['ventilation-started', 'ventilation-before-naloxone', 'airway-opened'],
      metItems: ['naloxone-titrated', 'help-called', 'high-flow-oxygen'],
    },
  },
  {
    // Nothing done: apnoea at 150–210 s, PEA by 390 s, `died-no-cpr` 240 s later (by 630 s).
    name: 'does nothing',
    commands: [],
    expect: {
      pass: false,
      outcome: 'died-no-cpr',
      failedItems: ['help-called', 'ventilation-started', 'naloxone-titrated', 'high-flow-oxygen', 'airway-opened'],
      notApplicableItems: ['ventilation-before-naloxone'],
    },
  },
]
