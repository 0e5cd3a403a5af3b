import { roleLabels } from '../../../role-labels';
import type { RoleSpec } from '../../../roles';
import { formatRange } from '../../comp/format';
import type { JdSectionId } from '../document';

/**
 * Writer guidance per section: shown beside the editor, never part of the JD text. Aware of
 * the level, engagement, industry and environment the spec picked.
 */
export function guidanceFor(
  id: JdSectionId,
  spec: RoleSpec,
  band: { min: number; max: number } | null = null,
): string {
  const level = spec.level ?? 'mid';
  const contract = spec.engagement === 'contract' || spec.engagement === 'contract-to-hire';
  const industry = spec.industry && spec.industry !== 'other' ? roleLabels.industry[spec.industry] : null;
  switch (id) {
    case 'title':
      return [
        'One job, one title: the role name, then the stack or surface it works in between brackets, such as (Go) or (Data Platform).',
        'Slashes that join two roles put strong people off.',
        level === 'junior'
          ? 'Keep the junior word in the title so the asks below read as fair.'
          : level === 'lead'
            ? 'Say lead or staff only if the job really sets direction for others.'
            : '',
      ]
        .filter(Boolean)
        .join(' ');
    case 'about':
      return [
        'Three sentences and no company story.',
        'First the service the person will own and a number for its size, then the team they work with and who they report to, then remote, hybrid or onsite with the city, and how releases happen.',
        contract ? 'Say it is a contract, and how long it runs if that is known.' : '',
      ]
        .filter(Boolean)
        .join(' ');
    case 'first90':
      return [
        'Six lines, each something a developer here would really do in the first three months, naming the service, integration or database it touches.',
        'Lines that fit any job (keeping systems reliable, writing good code) tell the reader nothing: replace them.',
        level === 'junior'
          ? 'Keep the scope to work a newer engineer can finish with support; leave architecture and mentoring to the lead.'
          : level === 'lead'
            ? 'Include one line about setting direction or growing the people on the team.'
            : '',
        contract ? 'For a contract, phrase the lines as deliverables with a hand-over at the end.' : '',
        industry ? `One line should show what ${industry.toLowerCase()} adds to the work.` : '',
      ]
        .filter(Boolean)
        .join(' ');
    case 'requirements':
      return [
        'Four to six must-haves that decide the hire: years and depth in the main language, then the database, async and cloud signals.',
        'Everything else goes under Preferred; a list of fifteen tools drives good generalists away.',
        'Name at most two languages.',
        level === 'junior'
          ? 'Ask for 0-2 years; anything from five up describes a different job.'
          : level === 'senior' || level === 'lead'
            ? 'Ask for the years a senior person really has; wording aimed at graduates confuses both groups.'
            : '',
      ]
        .filter(Boolean)
        .join(' ');
    case 'compensation':
      return [
        'Post a real base range; many states and cities require it, and half of good applicants skip a posting without one.',
        'Then the bonus or equity (or say base only), what moves an offer up or down inside the range, and the concrete benefits.',
        band
          ? `The comp advisor's band for this role is ${formatRange(band)} base; a range well below it aims at the wrong half of the market.`
          : '',
        contract
          ? 'For a contract, give the hourly or daily rate and who pays for equipment and travel.'
          : '',
      ]
        .filter(Boolean)
        .join(' ');
    case 'company':
      return [
        'Four sentences at most: what the company makes, who buys it, how big it is (and its funding stage if that helps), with any mission line at the end.',
        spec.environment === 'startup'
          ? 'For a startup, the stage and runway matter to applicants weighing equity.'
          : '',
      ]
        .filter(Boolean)
        .join(' ');
  }
}
