import { ImportJdButton, ImportJdModal, ImportTodoAlert, JdTab } from '../features/jd';
import { type RoleSlots, RoleSlotsProvider, RolesScreen } from '../features/roles';

const slots: RoleSlots = { JdTab, ImportJdButton, ImportJdModal, ImportTodoAlert };

/** The Roles area: the roles feature's screen with the job-description parts in its slots. */
export function RolesArea() {
  return (
    <RoleSlotsProvider slots={slots}>
      <RolesScreen />
    </RoleSlotsProvider>
  );
}
