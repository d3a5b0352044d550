// Composition root of the web app: the only module that wires catalogue, views and (later) store and world.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '../ui/styles.css'
import { App } from './App.tsx'
import { sceneCatalog } from './scene-catalog.ts'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

createRoot(container).render(
  <StrictMode>
    <App catalog={sceneCatalog} />
  </StrictMode>,
)
