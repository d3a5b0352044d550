import { useEffect, useRef } from 'react'
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react'

interface ModalProps {
  /** Id of the element naming the dialog (its heading). */
  labelledBy: string
  onClose: () => void
  className?: string
  /** Where focus goes when the dialog opens; default: its first focusable element. */
  initialFocus?: () => HTMLElement | null
  /** Where focus returns when it closes if the opener is gone (e.g. it was opened from the 3D view). */
  returnFocus?: () => HTMLElement | null
  children: ReactNode
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

const focusablesIn = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.offsetParent !== null || el === document.activeElement,
  )

/**
 * A modal dialog on the native <dialog>: the page behind is inert, Tab cycles inside, Escape and a
 * tap on the backdrop close it, and focus returns to whatever opened it.
 */
export function Modal({ labelledBy, onClose, className, initialFocus, returnFocus, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const initialRef = useRef(initialFocus)
  const returnRef = useRef(returnFocus)
  const onCloseRef = useRef(onClose)
  useEffect(() => {
    onCloseRef.current = onClose
  })

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const fallback = returnRef.current
    // Escape (and the browser's own close requests) close the native dialog; the owner then unmounts it.
    // A close event that arrives while the dialog is open again is the stale one of our own cleanup
    // (React StrictMode runs this effect twice in development): it must not close the new dialog.
    const closedByBrowser = () => {
      if (!dialog.open) onCloseRef.current()
    }
    dialog.addEventListener('close', closedByBrowser)
    if (!dialog.open) dialog.showModal()
    const first = initialRef.current?.() ?? focusablesIn(dialog)[0]
    first?.focus()
    return () => {
      dialog.removeEventListener('close', closedByBrowser)
      if (dialog.open) dialog.close()
      const target = opener && opener !== document.body && opener.isConnected ? opener : fallback?.()
      target?.focus()
    }
  }, [])

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || !ref.current) return
    const items = focusablesIn(ref.current)
    const first = items[0]
    const last = items[items.length - 1]
    if (!first || !last) return
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first.focus()
    }
  }

  // A click whose target is the <dialog> itself landed on the backdrop (the content fills the box).
  const onClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === ref.current) onClose()
  }

  return (
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={labelledBy}
      aria-modal="true"
      onCancel={(event) => {
        // Close through the owner, so the page and React agree on what is open; if the browser insists
        // (a repeated Escape), the close listener above still tells the owner.
        event.preventDefault()
        onClose()
      }}
      onKeyDown={onKeyDown}
      onClick={onClick}
    >
      <div className="modal-body">{children}</div>
    </dialog>
  )
}
