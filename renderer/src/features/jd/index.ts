/** The job-description feature's public entry: the JD tab and "Import an old JD" for the Roles screen. */
export { ImportJdButton } from './ImportJdButton';
export { ImportJdModal } from './ImportJdModal';
export { ImportTodoAlert } from './ImportTodoAlert';
export { useImportJdStore } from './import-jd-store';
export { JdTab } from './JdTab';
