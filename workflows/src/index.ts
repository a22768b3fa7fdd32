export { incomingDocumentWorkflow } from './incoming-document/incoming-document.workflow.ts';
