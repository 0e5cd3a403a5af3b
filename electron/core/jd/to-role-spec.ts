import type { ChannelOutput, ChannelParsedInput } from '../../../shared/api';
import { splitJdText } from '../../../shared/domain/jd/split';
import { jdTextToRoleSpec } from '../../../shared/domain/jd/to-role-spec';

/** `jd.toRoleSpec`: an old JD (pasted text or sections) read into a fresh role spec. */
export function jdToRoleSpec(input: ChannelParsedInput<'jd.toRoleSpec'>): ChannelOutput<'jd.toRoleSpec'> {
  return jdTextToRoleSpec(input.document ?? splitJdText(input.text ?? ''));
}
