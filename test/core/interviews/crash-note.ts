/** The note the crash writer saves with a given seq: every field of a save carries it, so a torn row shows. */
export const noteFor = (seq: number) =>
  `Evidence #${seq}: walked through the retry queue, the dead-letter topic and how they replayed it. ${'x'.repeat(seq % 97)}`;
