/**
 * Keeps keyboard focus in the pane when a render removes the element that had it (the template offer
 * once the template is in, a message bar dismissed with its ×): the browser would put focus on the
 * page's <body>, and a keyboard or screen reader user would start again from the top of the page.
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
    // Focus the user moved out of the pane (to the sheet, say) is theirs: forget the pane's element.
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget instanceof Node && !element.contains(event.relatedTarget)) focused.current = null;
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
    const active = lost.ownerDocument.activeElement;
    if (active === null || active === lost.ownerDocument.body) fallback.current?.focus();
  });
}
