/** Warnings grouped by severity, most serious first, keeping the engine's order inside a group. */
import type { Severity, Warning } from '../../domain/model';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export interface WarningGroup {
  severity: Severity;
  warnings: Warning[];
}

export function groupWarningsBySeverity(warnings: readonly Warning[]): WarningGroup[] {
  return SEVERITY_ORDER.map((severity) => ({ severity, warnings: warnings.filter((w) => w.severity === severity) })).filter(
    (group) => group.warnings.length > 0,
  );
}
