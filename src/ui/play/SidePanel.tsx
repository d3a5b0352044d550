import { useId, useState } from 'react'
import type { KeyboardEvent, ReactNode } from 'react'
import { ActionLog } from '../hud/ActionLog.tsx'
import { FindingsList } from '../hud/FindingsList.tsx'
import { MonitorPanel } from '../MonitorPanel.tsx'
import { ReportingStatus } from '../ReportingStatus.tsx'

type TabId = 'monitor' | 'findings' | 'log'
/** `tab` is the shorter name that fits three tabs across a phone. */
const TABS: { id: TabId; title: string; tab: string }[] = [
  { id: 'monitor', title: 'Monitor', tab: 'Monitor' },
  { id: 'findings', title: 'Findings', tab: 'Findings' },
  { id: 'log', title: 'Your actions', tab: 'Log' },
]

const CONTENT: Record<TabId, () => ReactNode> = {
  monitor: () => <MonitorPanel />,
  findings: () => <FindingsList />,
  log: () => <ActionLog />,
}

/** Monitor, findings, the action log and where the results stand: stacked beside the room on a desktop, as tabs on a phone. */
export function SidePanel({ compact }: { compact: boolean }) {
  if (!compact) {
    return (
      <>
        {TABS.map((tab) => (
          <section key={tab.id} className={`side-section side-${tab.id}`} aria-labelledby={`side-${tab.id}-heading`}>
            <h2 id={`side-${tab.id}-heading`}>{tab.title}</h2>
            {CONTENT[tab.id]()}
          </section>
        ))}
        <ReportingStatus className="side-reporting" />
      </>
    )
  }
  return (
    <>
      <Tabs />
      <ReportingStatus className="side-reporting" />
    </>
  )
}

/** WAI-ARIA tabs: arrow keys move between tabs, each panel is labelled by its tab. */
function Tabs() {
  const [selected, setSelected] = useState<TabId>('monitor')
  const base = useId()
  const tabId = (id: TabId) => `${base}-tab-${id}`
  const panelId = (id: TabId) => `${base}-panel-${id}`

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.findIndex((t) => t.id === selected)
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    if (step === 0) return
    event.preventDefault()
    const next = TABS[(index + step + TABS.length) % TABS.length]
    if (!next) return
    setSelected(next.id)
    document.getElementById(tabId(next.id))?.focus()
  }

  return (
    <div className="side-tabs">
      <div role="tablist" aria-label="Patient information" className="tablist" onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab.id}
            id={tabId(tab.id)}
            type="button"
            role="tab"
            aria-selected={tab.id === selected}
            aria-controls={panelId(tab.id)}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => setSelected(tab.id)}
          >
            {tab.tab}
          </button>
        ))}
      </div>
      <div id={panelId(selected)} role="tabpanel" aria-labelledby={tabId(selected)} className="tabpanel" tabIndex={0}>
        {CONTENT[selected]()}
      </div>
    </div>
  )
}
