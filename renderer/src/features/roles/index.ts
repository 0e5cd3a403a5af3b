/** The roles feature's public entry: the Roles screen, its JD slots, and the role being edited. */

export { RolesScreen } from './RolesScreen';
export { invalidateRoleReads } from './role-reads';
export { type RoleSlots, RoleSlotsProvider } from './role-slots';
export { useRolesStore } from './roles-store';
