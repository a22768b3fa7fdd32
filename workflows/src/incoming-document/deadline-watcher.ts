import { condition } from '@temporalio/workflow';
import type { AlertMoment, DeadlineAlert, ReminderPolicy } from '../../../backend/src/modules/deadline/alert-deadline.ts';
import type { DeadlineKind } from '../../../backend/src/modules/deadline/deadline.entity.ts';
import type { DeadlineComputation } from '../../../backend/src/modules/deadline/set-deadline.ts';
import { createWorkingCalendar, type CalendarData, type DeadlineExplanation, type WorkingCalendar } from '../calendar/index.ts';

/** What a deadline's times are computed with: the agency calendar and its reminder settings. */
export interface DeadlineContext {
  calendar: WorkingCalendar;
  reminders: ReminderPolicy;
}

/** One time limit a workflow follows, and how it is followed. */
export interface WatchedDeadline {
  /** Unique in the workflow: names its steps and its entry in the workflow state. */
  name: string;
  kind: DeadlineKind;
  subjectType: string;
  subjectId: string;
  documentId: string;
  startedAt: number;
  /** The last instant the limit itself may depend on (its calendar year is loaded too). */
  latestInput: number;
  due(ctx: DeadlineContext): DeadlineExplanation;
  /** When to remind ahead of the limit; null, or a time not after the start, for no early reminder. */
  remindAt(ctx: DeadlineContext, dueAt: number): number | null;
  /** At the limit: remind those who must act, and/or tell those above. */
  atDue: { remind: boolean; escalate: boolean };
  /** While overdue, tell those above again at the start of every working day. */
  escalateDaily: boolean;
  /** Record the row without a timeline event (its step already shows the limit). */
  quiet: boolean;
  /** The step that satisfies the limit is done (its use case closed the row). */
  isDone(): boolean;
  /**
   * How long after each alert's instant this watch's own timer fires: limits alerted in rounds (dispatch alert
   * rounds) are alerted on time by the round, and the document's timer is the safety net that finds it done.
   */
  alertDelayMs?: number;
}

export interface PendingAlert {
  moment: AlertMoment;
  at: number;
  overdueDay?: number;
}

export interface WatchProgress {
  reminded: boolean;
  due: boolean;
  escalations: number;
  lastAlertAt: number | null;
}

/** The early reminder's instant, when it lies between the start and the limit; null otherwise. */
function early(w: WatchedDeadline, ctx: DeadlineContext, dueAt: number): number | null {
  const at = w.remindAt(ctx, dueAt);
  return at !== null && at > w.startedAt && at < dueAt ? at : null;
}

/**
 * The next alert of a deadline, or null when nothing more will happen: the early reminder (if it
 * lies between the start and the limit), the limit itself, then, for daily escalation, the start
 * of each following working day. Pure: unit-tested without Temporal.
 */
export function nextAlert(w: WatchedDeadline, ctx: DeadlineContext, dueAt: number, p: WatchProgress): PendingAlert | null {
  if (!p.due) {
    const before = p.reminded ? null : early(w, ctx, dueAt);
    if (before !== null) return { moment: 'before', at: before };
    return { moment: 'due', at: dueAt };
  }
  if (!w.escalateDaily) return null;
  return { moment: 'overdue', at: ctx.calendar.nextWorkingDayStart(p.lastAlertAt ?? dueAt), overdueDay: p.escalations + 1 };
}

export interface WatcherPorts {
  loadDeadlineContext(a: { fromYear: number; toYear: number }): Promise<{ calendar: CalendarData; reminders: ReminderPolicy }>;
  setDeadline(a: { stepKey: string; computation: DeadlineComputation; quiet?: boolean }): Promise<void>;
  alertDeadline(a: DeadlineAlert & { stepKey: string }): Promise<unknown>;
  /** Bumped by the calendarChanged signal. */
  calendarVersion(): number;
  /** The whole process is over (document completed): stop following everything. */
  stopped(): boolean;
  stepKey(name: string): string;
  /** The limit as last computed, for the workflow's state. */
  onComputed(name: string, due: { dueAt: string; rule: string; ruleLabel: string }): void;
}

const vnYear = (t: number) => new Date(t + 7 * 3600_000).getUTCFullYear();

/**
 * Follows each watched deadline in its own coroutine, on durable timers only: it records the limit,
 * sleeps until the next alert, and wakes early when the step is done (it ends), when the calendar
 * changes (it recomputes and moves the limit) or when the process stops. All coroutines share one
 * calendar load per calendar version.
 */
export function createDeadlineWatcher(ports: WatcherPorts) {
  const running = new Map<string, Promise<void>>();
  const recorded = new Set<string>();
  let loaded: { version: number; fromYear: number; toYear: number; ctx: Promise<DeadlineContext> } | undefined;

  function context(fromYear: number, toYear: number): Promise<DeadlineContext> {
    const version = ports.calendarVersion();
    if (!loaded || loaded.version !== version || loaded.fromYear > fromYear || loaded.toYear < toYear) {
      const same = loaded?.version === version;
      const range = { fromYear: same ? Math.min(loaded!.fromYear, fromYear) : fromYear, toYear: same ? Math.max(loaded!.toYear, toYear) : toYear };
      const ctx = ports.loadDeadlineContext(range).then((d) => ({ calendar: createWorkingCalendar(d.calendar), reminders: d.reminders }));
      loaded = { version, ...range, ctx };
    }
    return loaded.ctx;
  }

  async function follow(w: WatchedDeadline, recordedDueAt: number | null): Promise<void> {
    const progress: WatchProgress = { reminded: false, due: false, escalations: 0, lastAlertAt: null };
    let recordedAt = recordedDueAt;
    let reportedAt: number | null = null;
    while (!w.isDone() && !ports.stopped()) {
      const seen = ports.calendarVersion();
      const ctx = await context(vnYear(w.startedAt), Math.max(vnYear(w.latestInput), vnYear(Date.now())) + 1);
      const e = w.due(ctx);
      if (!progress.due && e.at !== recordedAt) {
        const remindAt = early(w, ctx, e.at);
        const computation: DeadlineComputation = {
          subjectType: w.subjectType,
          subjectId: w.subjectId,
          documentId: w.documentId,
          kind: w.kind,
          startedAt: new Date(w.startedAt).toISOString(),
          dueAt: new Date(e.at).toISOString(),
          rule: e.rule,
          ruleLabel: e.label,
          basis: e.basis,
          steps: e.steps,
          remindAt: remindAt === null ? null : new Date(remindAt).toISOString(),
        };
        await ports.setDeadline({ stepKey: ports.stepKey(`deadline:${w.name}`), computation, quiet: w.quiet });
        recordedAt = e.at;
      }
      if (e.at === recordedAt && e.at !== reportedAt) {
        reportedAt = e.at;
        recorded.add(w.name);
        ports.onComputed(w.name, { dueAt: new Date(e.at).toISOString(), rule: e.rule, ruleLabel: e.label });
      }
      const next = nextAlert(w, ctx, e.at, progress);
      if (next === null) return;
      const woken = await condition(() => w.isDone() || ports.stopped() || ports.calendarVersion() !== seen, Math.max(1, next.at + (w.alertDelayMs ?? 0) - Date.now()));
      if (woken) continue;
      const flags = next.moment === 'before' ? { remind: true, escalate: false } : next.moment === 'due' ? w.atDue : { remind: false, escalate: true };
      await ports.alertDeadline({
        stepKey: ports.stepKey(`${next.moment}:${w.name}`),
        subjectId: w.subjectId,
        kind: w.kind,
        moment: next.moment,
        ...flags,
        ...(next.overdueDay ? { overdueDay: next.overdueDay } : {}),
      });
      if (next.moment === 'before') progress.reminded = true;
      else if (next.moment === 'due') progress.due = true;
      else progress.escalations += 1;
      progress.lastAlertAt = next.at;
    }
  }

  return {
    /**
     * Starts following a deadline (once per name). `recordedDueAt`: the step that started the limit recorded its
     * row already, due then; it is recorded again only if the computation here gives another time.
     */
    watch(w: WatchedDeadline, opts: { recordedDueAt?: number } = {}): void {
      if (running.has(w.name)) return;
      running.set(
        w.name,
        follow(w, opts.recordedDueAt ?? null).finally(() => {
          // Whatever happens, nobody should wait for this row any longer.
          recorded.add(w.name);
        }),
      );
    },
    /** A context an activity loaded anyway (with the current calendar version): watches needing no more use it without loading. */
    preload(data: { fromYear: number; toYear: number; calendar: CalendarData; reminders: ReminderPolicy }): void {
      const ctx = Promise.resolve({ calendar: createWorkingCalendar(data.calendar), reminders: data.reminders });
      loaded = { version: ports.calendarVersion(), fromYear: data.fromYear, toYear: data.toYear, ctx };
    },
    isWatching: (name: string) => running.has(name),
    /** The row of every watched deadline exists (or its watch ended): steps that close rows may run. */
    allRecorded: () => [...running.keys()].every((name) => recorded.has(name)),
    isRecorded: (name: string) => recorded.has(name),
    /** Every watch has ended. */
    finished: () => Promise.all(running.values()).then(() => undefined),
  };
}

export type DeadlineWatcher = ReturnType<typeof createDeadlineWatcher>;
