export { incomingDocumentWorkflow } from './incoming-document/incoming-document.workflow.ts';
export { calendarChangeWorkflow } from './calendar-change/calendar-change.workflow.ts';
