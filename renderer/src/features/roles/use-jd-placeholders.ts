import { useEffect, useState } from 'react';
import type { JdPlaceholders } from '../../../../shared/jd';
import { call } from '../../api';

/**
 * The placeholders left in the role's JD, read when the intake opens (the JD is edited on
 * its own tab, so coming back re-reads it). A failed read shows nothing rather than a guess.
 */
export function useJdPlaceholders(roleId: string | null): JdPlaceholders['placeholders'] {
  const [found, setFound] = useState<{ roleId: string; placeholders: JdPlaceholders['placeholders'] } | null>(
    null,
  );
  useEffect(() => {
    if (!roleId) return;
    let live = true;
    void call('jd.placeholders', { roleId }).then((result) => {
      if (live && result.ok) setFound({ roleId, placeholders: result.value.placeholders });
    });
    return () => {
      live = false;
    };
  }, [roleId]);
  return found && found.roleId === roleId ? found.placeholders : [];
}
