import { defineEntity, p } from '@mikro-orm/core';

const DocumentFileSchema = defineEntity({
  name: 'DocumentFile',
  tableName: 'document_file',
  indexes: [{ properties: ['documentId'] }],
  properties: {
    id: p.uuid().primary(),
    documentId: p.uuid(),
    /** Content address of the bytes in the file store. */
    sha256: p.string(),
    fileName: p.string(),
    mimeType: p.string(),
    size: p.integer(),
    uploadedById: p.uuid(),
    createdAt: p.datetime(),
  },
});
export class DocumentFile extends DocumentFileSchema.class {}
DocumentFileSchema.setClass(DocumentFile);
