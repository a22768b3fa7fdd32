import { defineEntity, p } from '@mikro-orm/core';

/** The directory of agencies that send us documents (QĐ 20/2020 identifier codes); edited by the administrator. */
const AgencySchema = defineEntity({
  name: 'Agency',
  tableName: 'agency',
  properties: {
    id: p.uuid().primary(),
    /** Mã định danh điện tử (QĐ 20/2020); unknown for some issuers. */
    code: p.string().nullable().unique(),
    name: p.string(),
    shortName: p.string().nullable(),
    /** Merged or renamed agencies are deactivated, not deleted: old documents still point at them. */
    active: p.boolean().default(true),
  },
});
export class Agency extends AgencySchema.class {}
AgencySchema.setClass(Agency);
