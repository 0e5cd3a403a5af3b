/** The exchange feature's public entry: packs, scorecards and role bundles between installs. */
export { ConflictsButton } from './ConflictsButton';
export { ConflictsModal } from './ConflictsModal';
export { useConflictsStore } from './conflicts-store';
export { ExportFileButton } from './ExportFileButton';
export { useExchangeImportStore } from './exchange-store';
export { ImportExchangeButton } from './ImportExchangeButton';
export { ImportExchangeModal } from './ImportExchangeModal';
export { PackExportButton } from './PackExportButton';
export { useExchangeFileIntake } from './use-exchange-file-intake';
