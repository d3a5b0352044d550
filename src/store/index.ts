export { memoOn } from './memo-on.ts'
export * from './selectors.ts'
export {
  createSimStore,
  type Branch,
  type Recording,
  type SimStatus,
  type SimStoreOptions,
  type SimStoreState,
} from './sim-store.ts'
export { simStore, useSim } from './use-sim.ts'
export { initialReportingState, reportingStore, useReporting, type ReportingState } from './reporting-store.ts'
