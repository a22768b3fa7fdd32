export { incomingDocumentWorkflow } from './incoming-document/incoming-document.workflow.ts';
export { calendarChangeWorkflow } from './calendar-change/calendar-change.workflow.ts';
export { outgoingDocumentWorkflow } from './outgoing-document/outgoing-document.workflow.ts';
export { taskWorkflow } from './task/task.workflow.ts';
export { dispatchAlertRoundWorkflow } from './dispatch-alert-round/dispatch-alert-round.workflow.ts';
