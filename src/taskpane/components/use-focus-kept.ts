/**
 * Keeps keyboard focus in the pane when a render removes the element that had it (the template offer
 * once the template is in, a message bar dismissed with its ×): the browser would put focus on the
 * page's <body>, and a keyboard or screen reader user would start again from the top of the page.
 * Never while the person works in the sheet: the pane's page has no focus then.
 */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

export function useFocusKept(root: RefObject<HTMLElement>, fallback: RefObject<HTMLElement>): void {
  const focused = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const onFocusIn = (event: FocusEvent) => {
      focused.current = event.target instanceof HTMLElement ? event.target : null;
    };
    // Focus the user moved out of the pane is theirs: forget the pane's element. To the sheet, the
    // pane's document loses focus (no related target): Excel on the web's frame, desktop Excel's webview.
    const onFocusOut = (event: FocusEvent) => {
      const to = event.relatedTarget;
      if (to instanceof Node ? !element.contains(to) : !element.ownerDocument.hasFocus()) focused.current = null;
    };
    element.addEventListener('focusin', onFocusIn);
    element.addEventListener('focusout', onFocusOut);
    return () => {
      element.removeEventListener('focusin', onFocusIn);
      element.removeEventListener('focusout', onFocusOut);
    };
  }, [root]);
  // After every render: the element that had focus is gone and focus fell to the page.
  useLayoutEffect(() => {
    const lost = focused.current;
    if (!lost || lost.isConnected) return;
    focused.current = null;
    const document = lost.ownerDocument;
    // the person is in the sheet (fixing the cell a warning pointed at, say): focusing the pane would take them out of it
    if (!document.hasFocus()) return;
    const active = document.activeElement;
    if (active === null || active === document.body) fallback.current?.focus();
  });
}
