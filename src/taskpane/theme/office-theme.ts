/** Light or dark, following Office's theme where the host reports one. */
import type { ThemeKind } from '../services/pane-controller-types';

/** The part of Office.context.officeTheme the pane reads; older hosts give no isDarkTheme. */
export interface OfficeThemeLike {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

export function themeFromOffice(officeTheme: OfficeThemeLike | null | undefined): ThemeKind {
  if (!officeTheme) return 'light';
  if (typeof officeTheme.isDarkTheme === 'boolean') return officeTheme.isDarkTheme ? 'dark' : 'light';
  const luminance = relativeLuminance(officeTheme.bodyBackgroundColor);
  return luminance !== null && luminance < 0.4 ? 'dark' : 'light';
}

/** WCAG relative luminance of "#RRGGBB" (or "#RGB"), null when the colour cannot be read. */
function relativeLuminance(color: string | undefined): number | null {
  const match = color?.trim().match(/^#?([0-9a-f]{3}|[0-9a-f]{6})$/i);
  if (!match) return null;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
