import { JD_LIMITS } from '../../../../shared/jd';
import { call } from '../../api';
import { openRoute } from '../../ui/router';
import { homeRoute } from '../../ui/routes';
import { invalidateRoleReads, useRolesStore } from '../roles';
import { formatCount, useImportJdStore } from './import-jd-store';

const fail = (error: string) => {
  useImportJdStore.setState({ error });
  return false;
};

/**
 * "Convert to role spec": the imported JD becomes a new role, which opens on its intake with
 * what was filled in and what is left to do listed above it. False when it did not happen
 * (the reason is the dialog's error).
 */
export async function convertImportedJd(): Promise<boolean> {
  const { text, file } = useImportJdStore.getState();
  if (!text.trim()) return fail('Paste an old JD or open its file first.');
  if (text.length > JD_LIMITS.text) {
    return fail(
      `The text is ${formatCount(text.length)} characters; an old JD can be up to ${formatCount(JD_LIMITS.text)}. Cut it down, then convert it.`,
    );
  }
  useImportJdStore.setState({ busy: true, error: null });
  try {
    const converted = await call(
      'jd.toRoleSpec',
      file && file.text === text ? { document: file.document } : { text },
    );
    if (!converted.ok) return fail(converted.error.message);
    const created = await call('roles.create', { spec: converted.value.spec });
    if (!created.ok) return fail(created.error.message);
    const { recognised, todo } = converted.value;
    useImportJdStore.getState().close();
    useImportJdStore.setState({ todo: { roleId: created.value.id, recognised, todo } });
    openRoute(homeRoute('roles'));
    const roles = useRolesStore.getState();
    await roles.select(created.value.id, 'intake');
    void invalidateRoleReads();
    return true;
  } finally {
    useImportJdStore.setState({ busy: false });
  }
}
