import { describe, expect, it } from 'vitest';
import { hasPlaceholder } from '../../../shared/domain/documents/placeholders';
import { generateJd } from '../../../shared/domain/jd/generate';
import { withoutPlaceholderSentences } from '../../../shared/domain/jd/without-placeholders';
import { emptyRoleSpec } from '../../../shared/roles';
import { completeSpec } from './specs';

describe('export without placeholders', () => {
  it('drops the sentence that held a placeholder, never its husk', () => {
    expect(
      withoutPlaceholderSentences(
        'You will own [named service], which handles [scale, e.g. requests a day]. You report to the CTO.',
      ),
    ).toBe('You report to the CTO.');
  });

  it('drops a bullet left with no sentence, and keeps the others with their dash', () => {
    expect(withoutPlaceholderSentences('- Ship [named service] to production.\n- Review code daily.')).toBe(
      '- Review code daily.',
    );
  });

  it('cuts a placeholder that only sat in parentheses, and keeps its sentence', () => {
    expect(withoutPlaceholderSentences('Senior Backend Engineer ([qualifier])')).toBe(
      'Senior Backend Engineer',
    );
  });

  it('leaves text with no placeholder as it is, blank lines included', () => {
    const text = 'One line.\n\nPreferred:\n- Another, e.g. this.';
    expect(withoutPlaceholderSentences(text)).toBe(text);
  });

  it('leaves no placeholder and no dangling comma or "which" in any generated section', () => {
    for (const spec of [
      emptyRoleSpec(),
      completeSpec({
        scale: '',
        partnerTeam: '',
        stack: { ...completeSpec().stack, dataStores: [], cloud: [] },
      }),
    ]) {
      for (const section of generateJd(spec)) {
        const out = withoutPlaceholderSentences(section.text);
        expect(hasPlaceholder(out), section.id).toBe(false);
        expect(out, section.id).not.toMatch(
          /,\s*[.,]|\bwhich (?:handles|is)?\s*\.|\b(?:in|on|to|with|and)\s*[.,]/,
        );
      }
    }
  });
});
