import { Migration } from '@mikro-orm/migrations';

/**
 * The duplicate check (find-possible-duplicates.ts) compares số/ký hiệu without case, diacritics or spaces. Done
 * per row, its cost grew with the documents of the same ngày văn bản; an index on that normalised form keeps it a lookup.
 */
export class Migration0017DuplicateIndex extends Migration {
  override up(): void {
    // IMMUTABLE for the index: the dictionary is named (see eo_search_norm in 0007).
    this.addSql(`
      create or replace function eo_number_norm(text) returns text
        language sql immutable parallel safe strict
        as $$ select public.unaccent('public.unaccent'::regdictionary, lower(replace($1, ' ', ''))) $$`);
    this.addSql(`create index incoming_document_duplicate_idx on incoming_document(issued_date, eo_number_norm(number_notation))`);
  }
}
