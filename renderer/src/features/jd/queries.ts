import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/api';
import type { Jd } from '../../../../shared/jd';
import { coreQuery, invalidateChannels, setCoreData } from '../../ui/query';

/** Every export of a JD, newest first. An export names `jd.versions` as changed. */
export function useJdVersions(jdId: string | null) {
  return useQuery({ ...coreQuery('jd.versions', { id: jdId ?? '' }), enabled: jdId !== null });
}

/**
 * After a write that stored the JD: the role's JD read takes the core's answer, and what is
 * read from the stored text (its placeholders, its stored check) is read again when next shown.
 */
export function jdStored(jd: Jd): void {
  setCoreData('jd.forRole', { roleId: jd.roleId }, jd);
  void invalidateChannels('jd.placeholders', 'jd.checkStored');
}

/**
 * The checks of an imported JD. While a newer text is being checked the last answer stays on
 * screen; with nothing to check there is no answer.
 */
export function useImportCheck(input: ChannelInput<'jd.check'> | null) {
  return useQuery({
    ...coreQuery('jd.check', input ?? { text: '' }),
    enabled: input !== null,
    placeholderData: input ? keepPreviousData : undefined,
    // Keyed by the whole text: an answer left behind by typing on is not kept.
    gcTime: 0,
  });
}
