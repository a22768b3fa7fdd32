const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from clients are checked before they reach a uuid column (a malformed one is "not found", not a fault). */
export const isUuid = (value: string): boolean => UUID.test(value);
