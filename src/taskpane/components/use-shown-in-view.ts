/**
 * Brings a message bar into view as it appears or its message changes. The bars are at the top of the
 * pane, and the step they answer is often at its foot (生成报告 under a long warning list, 保存设置
 * under the settings form, 使用选中区域 under the tables): in a 320 px pane the answer would come out
 * of sight, and the button would seem to do nothing. Scrolls only as far as needed; focus stays put.
 */
import { useEffect, type RefObject } from 'react';

export function useShownInView(ref: RefObject<HTMLElement>, message: unknown): void {
  useEffect(() => {
    // jsdom has no scrollIntoView
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [ref, message]);
}
