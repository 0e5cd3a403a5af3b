/** The kits feature's public entry: a role's loop and kits tab. */
export { LoopTab } from './LoopTab';
