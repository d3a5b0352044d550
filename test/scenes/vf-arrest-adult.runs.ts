import type { Amount, PerformCommand, TimedCommand } from '../../src/engine/types.ts'
import type { Route } from '../../src/scenario/schema/index.ts'
import { at } from './scripted-run.ts'
import type { ScriptedRun } from './scripted-run.ts'

/*
 * vf-arrest-adult: timings in sim seconds from the learner's arrival. The expert rhythm is
 * charge during compressions → pause → rhythm check → shock (or disarm) → compressions, about
 * 5 s hands-off, every 2 minutes. Actions with a `durationS` in the scene are followed by a gap
 * at least that long, so the scripts hold even if an engine makes them take time.
 */

const act = (actionId: string): PerformCommand => ({ type: 'action.perform', actionId })
const dose = (actionId: string, value: number, unit: Amount['unit'], route: Route): PerformCommand => ({
  type: 'action.perform',
  actionId,
  amount: { value, unit },
  route,
})
const charge = (joules: number): PerformCommand => ({
  type: 'action.perform',
  actionId: 'defib-charge',
  amount: { value: joules, unit: 'J' },
})

/** Anticipatory charge 2 s before the pause, rhythm check, shock, compressions again: hands off t+2 → t+5. */
const shockCycle = (t: number, joules: number): TimedCommand[] => [
  at(t, charge(joules)),
  at(t + 2, act('cpr-stop')),
  at(t + 3, act('defib-analyse')),
  at(t + 4, act('defib-shock')),
  at(t + 5, act('cpr-start')),
]

/** The same pause when the rhythm is organised: disarm, check the pulse (≤ 10 s), no shock, no compressions. */
const roscCheck = (t: number): TimedCommand[] => [
  at(t, charge(200)),
  at(t + 2, act('cpr-stop')),
  at(t + 3, act('defib-analyse')),
  at(t + 4, act('defib-disarm')),
  at(t + 5, act('check-pulse')),
]

/** Arrival: recognise arrest (≤ 10 s pulse/breathing check), call 2222, compressions at 22 s. */
const recognition: TimedCommand[] = [
  at(2, act('check-responsiveness')),
  at(7, act('call-for-help')),
  at(9, act('assess-airway')),
  at(10, act('assess-breathing')),
  at(11, act('check-pulse')),
  at(22, act('cpr-start')),
]

/** Access, oxygen, bag-mask, capnography and an i-gel around the compressions. */
const support = (t: number): TimedCommand[] => [
  at(t, act('iv-access')),
  at(t + 32, { type: 'action.perform', actionId: 'oxygen-start', amount: { value: 15, unit: 'L/min' } }),
  at(t + 34, act('bvm-start')),
  at(t + 38, act('capnography-attach')),
  at(t + 60, act('sga-insert')),
]

/** Post-ROSC ABCDE, 12-lead ECG and SBAR handover (the handover ends the run). */
const postRosc = (t: number): TimedCommand[] => [
  at(t, act('assess-airway')),
  at(t + 2, act('assess-breathing')),
  at(t + 4, act('assess-circulation')),
  at(t + 6, act('twelve-lead-ecg')),
  at(t + 38, act('assess-disability')),
  at(t + 40, act('check-glucose')),
  at(t + 42, act('assess-exposure')),
  at(t + 48, act('sbar-handover')),
]

// Shocks at 46, 169 and 291 s; adrenaline and amiodarone at 300/305 s during the CPR cycle after the 3rd shock.
const expertToThirdShock: TimedCommand[] = [
  ...recognition,
  at(30, act('defib-pads')),
  ...shockCycle(42, 150),
  ...support(60),
  ...shockCycle(165, 200),
  ...shockCycle(287, 200),
]

/** Drugs after the 3rd shock, then the 4th shock (414 s) converts VF: ROSC in that instant, CPR resumed (415 s). */
const expertToRosc: TimedCommand[] = [
  ...expertToThirdShock,
  at(300, dose('adrenaline', 1, 'mg', 'iv')),
  at(305, dose('amiodarone', 300, 'mg', 'iv')),
  ...shockCycle(410, 200),
]

export const runs: ScriptedRun[] = [
  {
    // ROSC at the 4th shock (414 s); the 5th rhythm check (535 s) finds sinus tachycardia with a pulse.
    name: 'expert: CPR at 22 s, shock at 46 s, drugs after the 3rd shock, ROSC at the 4th, recognised and handed over',
    commands: [...expertToRosc, ...roscCheck(532), ...postRosc(549)],
    expect: {
      pass: true,
      outcome: 'rosc-handed-over',
      metItems: [
        'cpr-within-60s',
        'first-shock-within-120s',
        'shock-energy-150j',
        'adrenaline-1mg-iv-io',
        'amiodarone-300mg-iv-io',
        'call-for-help-early',
        'adrenaline-after-third-shock',
        'amiodarone-after-third-shock',
        'oxygen-during-cpr',
        'capnography-during-cpr',
        'twelve-lead-ecg-after-rosc',
        'no-routine-bicarbonate',
        'no-shock-with-pulse',
        'no-adrenaline-overdose',
        'no-arrest-adrenaline-with-pulse',
        'no-shock-in-asystole',
      ],
    },
  },
  {
    // ROSC at the 4th shock (414 s) shows as an EtCO2 jump on the capnograph, but the next adrenaline is given
    // "on schedule" at 520 s into a beating heart: a major harm (−2 of 18), so the run still passes (16/18).
    name: 'expert, but the next adrenaline is given after ROSC despite the EtCO2 rise',
    commands: [...expertToRosc, at(520, dose('adrenaline', 1, 'mg', 'iv')), ...roscCheck(532), ...postRosc(549)],
    expect: {
      pass: true,
      outcome: 'rosc-handed-over',
      failedItems: ['no-arrest-adrenaline-with-pulse'],
      metItems: ['adrenaline-1mg-iv-io', 'adrenaline-after-third-shock', 'no-shock-with-pulse'],
    },
  },
  {
    // Against the algorithm but not harmful: the recommended item fails, the run still passes (17/18).
    name: 'adrenaline straight after the 1st shock (non-shockable habit), otherwise expert',
    commands: [
      ...recognition,
      at(30, act('defib-pads')),
      ...shockCycle(42, 150),
      at(48, act('iv-access')),
      at(80, dose('adrenaline', 1, 'mg', 'iv')),
      at(92, { type: 'action.perform', actionId: 'oxygen-start', amount: { value: 15, unit: 'L/min' } }),
      at(94, act('bvm-start')),
      at(98, act('capnography-attach')),
      at(120, act('sga-insert')),
      ...shockCycle(165, 200),
      ...shockCycle(287, 200),
      at(300, dose('adrenaline', 1, 'mg', 'iv')),
      at(305, dose('amiodarone', 300, 'mg', 'iv')),
      ...shockCycle(410, 200),
      ...roscCheck(532),
      ...postRosc(549),
    ],
    expect: {
      pass: true,
      outcome: 'rosc-handed-over',
      failedItems: ['adrenaline-after-third-shock'],
      metItems: ['adrenaline-1mg-iv-io', 'amiodarone-after-third-shock'],
    },
  },
  {
    // Defibrillator fetched late: first shock at 166 s. The algorithm is then followed, so the 4th shock (532 s)
    // still converts and the handover at 670 s ends the run, but the critical time window is missed.
    name: 'late first shock: good CPR but pads on at 150 s',
    commands: [
      ...recognition,
      at(30, act('io-access')),
      at(60, { type: 'action.perform', actionId: 'oxygen-start', amount: { value: 15, unit: 'L/min' } }),
      at(62, act('bvm-start')),
      at(66, act('capnography-attach')),
      at(150, act('defib-pads')),
      ...shockCycle(162, 150),
      ...shockCycle(284, 200),
      ...shockCycle(406, 200),
      at(417, dose('adrenaline', 1, 'mg', 'io')),
      at(422, dose('amiodarone', 300, 'mg', 'io')),
      ...shockCycle(528, 200),
      ...roscCheck(650),
      at(670, act('sbar-handover')),
    ],
    expect: {
      pass: false,
      outcome: 'rosc-handed-over',
      failedItems: ['first-shock-within-120s'],
      metItems: ['cpr-within-60s', 'adrenaline-1mg-iv-io', 'amiodarone-300mg-iv-io'],
    },
  },
  {
    // Expert until ROSC at the 4th shock (414 s), then shocks the organised rhythm at the 5th check (534 s)
    // without a pulse check: the patient re-arrests in VF (rosc → vf-recurrent at once). The harmful shock counts
    // as the first of the two shocks vf-recurrent needs, so the next correct shock (656 s) restores ROSC.
    name: 'shocks the organised rhythm after ROSC (no pulse check), then recovers',
    commands: [
      ...expertToRosc,
      ...shockCycle(530, 200),
      ...shockCycle(652, 200),
      at(774, act('cpr-stop')),
      at(775, act('defib-analyse')),
      at(776, act('check-pulse')),
      at(790, act('sbar-handover')),
    ],
    expect: {
      pass: false,
      outcome: 'rosc-handed-over',
      failedItems: ['no-shock-with-pulse'],
      metItems: ['first-shock-within-120s', 'adrenaline-1mg-iv-io', 'amiodarone-300mg-iv-io'],
    },
  },
  {
    // Tenfold adrenaline error after the 3rd shock. The 4th shock (414 s) still converts, into a catecholamine
    // storm, then recurrent VF 45–90 s later (459–504 s); the replay stops at 9 min.
    name: 'adrenaline 10 mg IV (tenfold overdose) after the 3rd shock',
    untilMs: 540_000,
    commands: [
      ...expertToThirdShock,
      at(300, dose('adrenaline', 10, 'mg', 'iv')),
      at(305, dose('amiodarone', 300, 'mg', 'iv')),
      ...shockCycle(410, 200),
    ],
    expect: {
      pass: false,
      failedItems: ['adrenaline-1mg-iv-io', 'no-adrenaline-overdose'],
      metItems: ['amiodarone-300mg-iv-io'],
    },
  },
  {
    // Under-dosed shocks (100 J): the 4th shock (414 s) has the drugs on board but is below the 150 J a converting
    // shock needs, so VF persists; the learner escalates to 200 J at the 5th shock (536 s), which converts. The
    // critical energy item fails on the 100 J shocks actually delivered.
    name: 'shocks delivered at 100 J until the 5th shock, otherwise expert',
    commands: [
      ...recognition,
      at(30, act('defib-pads')),
      ...shockCycle(42, 100),
      ...support(60),
      ...shockCycle(165, 100),
      ...shockCycle(287, 100),
      at(300, dose('adrenaline', 1, 'mg', 'iv')),
      at(305, dose('amiodarone', 300, 'mg', 'iv')),
      ...shockCycle(410, 100),
      ...shockCycle(532, 200),
      ...roscCheck(654),
      ...postRosc(671),
    ],
    expect: {
      pass: false,
      outcome: 'rosc-handed-over',
      failedItems: ['shock-energy-150j'],
      metItems: ['first-shock-within-120s', 'adrenaline-1mg-iv-io', 'amiodarone-300mg-iv-io'],
    },
  },
  {
    // The energy is scored at the shock, not the charge: 200 J charged, then disarmed and re-charged to 100 J, and
    // that 100 J shock delivered (46 s). Later shocks are 200 J, so the 4th (414 s) still converts.
    name: 'first shock: charged 200 J, disarmed, re-charged 100 J and shocked, otherwise expert',
    commands: [
      ...recognition,
      at(30, act('defib-pads')),
      at(40, charge(200)),
      at(41, act('defib-disarm')),
      at(42, charge(100)),
      at(44, act('cpr-stop')),
      at(45, act('defib-analyse')),
      at(46, act('defib-shock')),
      at(47, act('cpr-start')),
      ...support(60),
      ...shockCycle(165, 200),
      ...shockCycle(287, 200),
      at(300, dose('adrenaline', 1, 'mg', 'iv')),
      at(305, dose('amiodarone', 300, 'mg', 'iv')),
      ...shockCycle(410, 200),
      ...roscCheck(532),
      ...postRosc(549),
    ],
    expect: {
      pass: false,
      outcome: 'rosc-handed-over',
      failedItems: ['shock-energy-150j'],
      metItems: ['first-shock-within-120s', 'cpr-within-60s', 'no-shock-with-pulse'],
    },
  },
  {
    // The converse: 100 J typed by mistake, noticed, disarmed and re-charged to 150 J before the first shock. Only
    // delivered energy counts, so the corrected charge costs nothing.
    name: 'expert who corrects a 100 J charge (disarm, re-charge 150 J) before the first shock',
    commands: [
      ...recognition,
      at(30, act('defib-pads')),
      at(40, charge(100)),
      at(41, act('defib-disarm')),
      at(42, charge(150)),
      at(44, act('cpr-stop')),
      at(45, act('defib-analyse')),
      at(46, act('defib-shock')),
      at(47, act('cpr-start')),
      ...support(60),
      ...shockCycle(165, 200),
      ...shockCycle(287, 200),
      at(300, dose('adrenaline', 1, 'mg', 'iv')),
      at(305, dose('amiodarone', 300, 'mg', 'iv')),
      ...shockCycle(410, 200),
      ...roscCheck(532),
      ...postRosc(549),
    ],
    expect: {
      pass: true,
      outcome: 'rosc-handed-over',
      metItems: ['shock-energy-150j', 'first-shock-within-120s', 'cpr-within-60s'],
    },
  },
  {
    // Shocks and drugs but never any compressions: no ROSC without CPR to carry the drugs; VF decays to fine
    // VF at 150 s and to asystole at 240 s, which is then shocked (264 s); death at 540–600 s.
    name: 'shocks and drugs without CPR, then a shock in asystole',
    commands: [
      at(3, act('check-responsiveness')),
      at(6, act('call-for-help')),
      at(10, act('defib-pads')),
      at(22, charge(200)),
      at(24, act('defib-analyse')),
      at(26, act('defib-shock')),
      at(40, charge(200)),
      at(42, act('defib-analyse')),
      at(44, act('defib-shock')),
      at(60, act('iv-access')),
      at(70, charge(200)),
      at(72, act('defib-analyse')),
      at(74, act('defib-shock')),
      at(100, dose('adrenaline', 1, 'mg', 'iv')),
      at(105, dose('amiodarone', 300, 'mg', 'iv')),
      at(130, charge(200)),
      at(132, act('defib-analyse')),
      at(134, act('defib-shock')),
      at(200, charge(200)),
      at(202, act('defib-analyse')),
      at(204, act('defib-shock')),
      at(260, charge(200)),
      at(262, act('defib-analyse')),
      at(264, act('defib-shock')),
    ],
    expect: {
      pass: false,
      outcome: 'death',
      failedItems: ['cpr-within-60s', 'no-shock-in-asystole'],
      metItems: ['first-shock-within-120s', 'shock-energy-150j', 'no-shock-with-pulse'],
    },
  },
  {
    // Nothing done: fine VF at 150 s, asystole at 240 s, death at 540–600 s.
    name: 'does nothing',
    commands: [],
    expect: {
      pass: false,
      outcome: 'death',
      failedItems: [
        'cpr-within-60s',
        'first-shock-within-120s',
        'adrenaline-1mg-iv-io',
        'amiodarone-300mg-iv-io',
        'call-for-help-early',
      ],
      // Doing nothing earns nothing: timing and post-ROSC items whose situation never arose count neither way.
      notApplicableItems: [
        'adrenaline-after-third-shock',
        'amiodarone-after-third-shock',
        'twelve-lead-ecg-after-rosc',
      ],
    },
  },
]
