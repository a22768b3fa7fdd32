/** Text is stored in NFC with trimmed, collapsed spaces: the same letters typed on different keyboards compare equal. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(/[ \t]+/g, ' ').trim();
}

/** Keeps line breaks (directions, result notes are multi-line). */
export function cleanMultiline(value: string): string {
  return value
    .normalize('NFC')
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trimEnd())
    .join('\n')
    .trim();
}
