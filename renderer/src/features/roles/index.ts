/** The roles feature's public entry: the Roles screen, its JD slots, and the role being edited. */

export { RolesScreen } from './RolesScreen';
export { type RoleSlots, RoleSlotsProvider } from './role-slots';
export { useRolesStore } from './roles-store';
