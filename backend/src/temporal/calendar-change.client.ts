import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { calendarChangeWorkflow } from '../../../workflows/src/calendar-change/calendar-change.workflow.ts';
import { calendarChangeWorkflowId, type CalendarChange } from '../../../workflows/src/calendar-change/messages.ts';

/** Starts the fan-out that brings a calendar change to every running workflow with a pending deadline. */
export class CalendarChangeClient {
  private readonly client: Client;
  private readonly taskQueue: string;
  constructor(client: Client, taskQueue: string) {
    this.client = client;
    this.taskQueue = taskQueue;
  }

  /** One fan-out per (year, version): a repeated call for the same change is harmless. */
  async notify(change: CalendarChange): Promise<void> {
    try {
      await this.client.workflow.start<typeof calendarChangeWorkflow>('calendarChangeWorkflow', {
        workflowId: calendarChangeWorkflowId(change),
        taskQueue: this.taskQueue,
        args: [change],
      });
    } catch (e) {
      if (!(e instanceof WorkflowExecutionAlreadyStartedError)) throw e;
    }
  }
}
