import type { ButtonProps } from '@mantine/core';
import { type ComponentType, createContext, type ReactNode, useContext } from 'react';

/**
 * What the Roles screen shows from the job-description feature. The JD feature reads the
 * role being edited, so roles cannot import it back; app/ hands these in instead.
 */
export interface RoleSlots {
  JdTab: ComponentType<{ roleId: string }>;
  ImportJdButton: ComponentType<Pick<ButtonProps, 'variant' | 'size'>>;
  ImportJdModal: ComponentType;
  ImportTodoAlert: ComponentType<{ roleId: string }>;
}

const RoleSlotsContext = createContext<RoleSlots | null>(null);

export function RoleSlotsProvider({ slots, children }: { slots: RoleSlots; children: ReactNode }) {
  return <RoleSlotsContext.Provider value={slots}>{children}</RoleSlotsContext.Provider>;
}

export function useRoleSlots(): RoleSlots {
  const slots = useContext(RoleSlotsContext);
  if (!slots) throw new Error('The Roles screen needs its slots: render it inside RoleSlotsProvider.');
  return slots;
}
