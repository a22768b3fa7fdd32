/** Decree 30/2020 art. 7 and Appendix III: administrative document types and their abbreviations. Công văn has none. */
export const DOCUMENT_TYPES = [
  { code: 'CV', abbreviation: '', name: 'Công văn' },
  { code: 'NQ', abbreviation: 'NQ', name: 'Nghị quyết' },
  { code: 'QĐ', abbreviation: 'QĐ', name: 'Quyết định' },
  { code: 'CT', abbreviation: 'CT', name: 'Chỉ thị' },
  { code: 'QC', abbreviation: 'QC', name: 'Quy chế' },
  { code: 'QyĐ', abbreviation: 'QyĐ', name: 'Quy định' },
  { code: 'TC', abbreviation: 'TC', name: 'Thông cáo' },
  { code: 'TB', abbreviation: 'TB', name: 'Thông báo' },
  { code: 'HD', abbreviation: 'HD', name: 'Hướng dẫn' },
  { code: 'CTr', abbreviation: 'CTr', name: 'Chương trình' },
  { code: 'KH', abbreviation: 'KH', name: 'Kế hoạch' },
  { code: 'PA', abbreviation: 'PA', name: 'Phương án' },
  { code: 'ĐA', abbreviation: 'ĐA', name: 'Đề án' },
  { code: 'DA', abbreviation: 'DA', name: 'Dự án' },
  { code: 'BC', abbreviation: 'BC', name: 'Báo cáo' },
  { code: 'BB', abbreviation: 'BB', name: 'Biên bản' },
  { code: 'TTr', abbreviation: 'TTr', name: 'Tờ trình' },
  { code: 'HĐ', abbreviation: 'HĐ', name: 'Hợp đồng' },
  { code: 'CĐ', abbreviation: 'CĐ', name: 'Công điện' },
  { code: 'BGN', abbreviation: 'BGN', name: 'Bản ghi nhớ' },
  { code: 'BTT', abbreviation: 'BTT', name: 'Bản thỏa thuận' },
  { code: 'GUQ', abbreviation: 'GUQ', name: 'Giấy ủy quyền' },
  { code: 'GM', abbreviation: 'GM', name: 'Giấy mời' },
  { code: 'GGT', abbreviation: 'GGT', name: 'Giấy giới thiệu' },
  { code: 'GNP', abbreviation: 'GNP', name: 'Giấy nghỉ phép' },
  { code: 'PG', abbreviation: 'PG', name: 'Phiếu gửi' },
  { code: 'PC', abbreviation: 'PC', name: 'Phiếu chuyển' },
  { code: 'PB', abbreviation: 'PB', name: 'Phiếu báo' },
  { code: 'TCo', abbreviation: '', name: 'Thư công' },
] as const;

export type DocumentTypeCode = (typeof DOCUMENT_TYPES)[number]['code'];

export function findDocumentType(code: string) {
  return DOCUMENT_TYPES.find((t) => t.code === code);
}
