// Composition root of the web app: the only module that wires catalogue, views, store and results reporting.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '../ui/styles.css'
import { openLaunchedScenario } from '../ui/use-location.ts'
import { App } from './App.tsx'
import { startReporting } from './reporting/start-reporting.ts'
import { installXrEmulator, xrEmulatorAsked } from './xr-emulator.ts'
import { sceneCatalog } from './scene-catalog.ts'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

// The emulated headset must replace navigator.xr before anything asks it whether VR is possible.
if (xrEmulatorAsked(window.location.search)) await installXrEmulator()

// Reporting first: it reads (and removes) the LMS launch parameters before the router sees the URL.
void startReporting()
openLaunchedScenario()

createRoot(container).render(
  <StrictMode>
    <App catalog={sceneCatalog} />
  </StrictMode>,
)
