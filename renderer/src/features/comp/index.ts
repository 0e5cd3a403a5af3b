/** The comp feature's public entry: the advice beside the intake and the data section in Settings. */
export { CompDataSection } from './CompDataSection';
export { CompPanel } from './CompPanel';
export { useArchetypeBands, useCompAdvice } from './use-comp-advice';
