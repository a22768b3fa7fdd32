/** The outcomes of signed documents, in the order the bars stack them (best first). */
export const COMPLIANCE_SEGMENTS = ['sameDay', 'nextMorning', 'late', 'afterEscalation', 'pending'] as const;
export type ComplianceSegment = (typeof COMPLIANCE_SEGMENTS)[number];

export type ComplianceCounts = Record<ComplianceSegment, number>;

/** One bar of the chart: a unit's counts (or the total's). */
export interface ComplianceBar extends ComplianceCounts {
  key: string;
  label: string;
  onTimeRate: number | null;
}

/** The per-unit rows of the dispatchCompliance query as bars; a row without a unit is labelled `totalLabel`. */
export function complianceBars(
  rows: ReadonlyArray<ComplianceCounts & { onTimeRate?: number | null; unit?: { id: string; name: string } | null }>,
  totalLabel: string,
): ComplianceBar[] {
  return rows.map((r, i) => ({
    key: r.unit?.id ?? `row-${i}`,
    label: r.unit?.name ?? totalLabel,
    sameDay: r.sameDay,
    nextMorning: r.nextMorning,
    late: r.late,
    afterEscalation: r.afterEscalation,
    pending: r.pending,
    onTimeRate: r.onTimeRate ?? null,
  }));
}

export interface BarSegment {
  key: ComplianceSegment;
  count: number;
  /** Share of the longest bar, 0..100, so that bars of different units compare by length. */
  width: number;
}

/** Signed documents a bar stands for: every outcome, and those still waiting to be issued. */
export function barTotal(c: ComplianceCounts): number {
  return COMPLIANCE_SEGMENTS.reduce((sum, key) => sum + c[key], 0);
}

/** Segments of one bar scaled against `scale` (the largest bar's total); empty segments are left out. */
export function barSegments(c: ComplianceCounts, scale: number): BarSegment[] {
  if (scale <= 0) return [];
  return COMPLIANCE_SEGMENTS.filter((key) => c[key] > 0).map((key) => ({ key, count: c[key], width: (c[key] / scale) * 100 }));
}

/** On time = the same day or by the next morning, over those issued; null when none was issued. */
export function onTimePercent(rate: number | null | undefined): string | null {
  return rate === null || rate === undefined ? null : `${Math.round(rate * 1000) / 10}%`;
}

/** A period a leader asks about most: this month, this quarter, this year (Vietnam dates, yyyy-MM-dd). */
export type PeriodPreset = 'MONTH' | 'QUARTER' | 'YEAR';

export function presetPeriod(preset: PeriodPreset, today: string): { from: string; to: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const pad = (n: number) => String(n).padStart(2, '0');
  if (preset === 'YEAR') return { from: `${y}-01-01`, to: today };
  const startMonth = preset === 'MONTH' ? m : Math.floor((m - 1) / 3) * 3 + 1;
  return { from: `${y}-${pad(startMonth)}-01`, to: today };
}
