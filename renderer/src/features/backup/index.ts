/** The backup feature's public entry: Settings composes the Data section, Candidates the erasure offer. */
export { BackupErasureOffer } from './BackupErasureOffer';
export { DataSection } from './DataSection';
