import { Document, LevelFormat, Packer, Paragraph, TabStopType, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readJdFile } from '../../../electron/core/jd/read-file';
import { splitJdText } from '../../../shared/domain/jd';
import { buildView } from '../../../shared/domain/jd/view';
import { check } from './helpers';

/**
 * A manufacturer's job-description form as HR writes it in Word: a letterhead in capitals, the
 * form's name, "Label:<tab>value" fields, numbered section headings typed in bold, and lists
 * numbered by Word that start again under each heading.
 */
async function makeHrForm(): Promise<Buffer> {
  const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
  const field = (label: string, value: string) =>
    new Paragraph({
      tabStops: [{ type: TabStopType.LEFT, position: 2000 }],
      children: [new TextRun({ text: label, bold: true }), new TextRun({ text: `\t${value}` })],
    });
  const item = (text: string) => new Paragraph({ text, numbering: { reference: 'items', level: 0 } });
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'items',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }],
        },
      ],
    },
    sections: [
      {
        children: [
          bold('HARBOR LANE TOOLING, INC.'),
          bold('POSITION DESCRIPTION'),
          field('Job Title:', 'Integration Engineer'),
          field('Department:', 'Information Systems'),
          field('Location:', 'Toledo, OH'),
          bold('1. POSITION SUMMARY'),
          new Paragraph('This position connects the order system to the plants and keeps the feeds running.'),
          bold('2. ESSENTIAL FUNCTIONS'),
          item('Maintain the order feed between the ERP and the plant schedulers.'),
          item('Write the nightly reconciliation job for shipped orders.'),
          bold('3. QUALIFICATIONS'),
          bold('3.1 Education and Experience'),
          item("Bachelor's degree in a technical field."),
          item('3+ years of integration work.'),
          bold('4. PHYSICAL DEMANDS AND WORK ENVIRONMENT'),
          item('Work is done mostly at a desk, with visits to the plant floor.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('a Word job-description form', () => {
  it('takes the title from its "Job Title:" field and reads its numbered sections', async () => {
    const { text } = await readJdFile('form.docx', await makeHrForm());
    const doc = splitJdText(text);
    expect(doc.title).toBe('Integration Engineer');
    expect(doc.sections.map((s) => [s.id, s.heading])).toEqual([
      ['company', ''],
      ['about', 'POSITION SUMMARY'],
      ['first90', 'ESSENTIAL FUNCTIONS'],
      ['requirements', 'QUALIFICATIONS'],
      ['requirements', 'Education and Experience'],
      ['company', 'PHYSICAL DEMANDS AND WORK ENVIRONMENT'],
    ]);
  });
});

describe('a form typed as text', () => {
  it('reads the title field under a letterhead whose company name ends in "INC."', () => {
    const doc = splitJdText(
      [
        'JOB DESCRIPTION',
        '',
        'NORTHGATE FOUNDRY SUPPLY, INC.',
        '',
        'Job Title:\tBackend Developer',
        '',
        'Reports To:\tIT Director',
        '',
        'Summary',
        '',
        'You will look after the quoting service.',
      ].join('\n'),
    );
    expect(doc.title).toBe('Backend Developer');
  });

  it('reads a numbered heading marked "## " and an outline-numbered one ("2.1")', () => {
    const doc = splitJdText(
      [
        'Backend Developer (Java)',
        '',
        '## 1. Summary',
        '',
        'You will look after the quoting service and its nightly jobs.',
        '',
        '## 2. Qualifications',
        '',
        '2.1 Education',
        '',
        '1. A degree in computing or equal experience.',
        '',
        '## 3. Compensation and Benefits',
        '',
        'Medical and dental cover.',
      ].join('\n'),
    );
    expect(doc.sections.map((s) => [s.id, s.heading])).toEqual([
      ['about', 'Summary'],
      ['requirements', 'Qualifications'],
      ['requirements', 'Education'],
      ['compensation', 'Compensation and Benefits'],
    ]);
  });
});

describe('physical demands', () => {
  const posting = (heading: string, line: string) =>
    [
      'Backend Engineer (Go)',
      '',
      'Requirements',
      '- 3+ years of Go.',
      '- Experience with PostgreSQL.',
      '',
      heading,
      line,
      '',
      'Benefits',
      'Medical, dental and vision cover.',
    ].join('\n');
  const lifting = 'Must be able to lift up to 40 pounds now and then (racks, printers).';

  it('reports a lifting demand under a physical-demands heading as a physical requirement, not ableist wording', () => {
    for (const heading of ['Physical Demands', 'Physical Demands and Work Environment']) {
      const { of, spanText } = check(posting(heading, lifting));
      expect(of('physical-requirements').map(spanText), heading).toEqual(['lift up to 40 pounds']);
      expect(of('ableist'), heading).toEqual([]);
    }
  });

  it('reads a lifting demand written in the third person, with a word before each kind of load', () => {
    for (const [line, span] of [
      [
        'Occasionally lifts and carries equipment and file boxes weighing up to 25 pounds.',
        'lifts and carries equipment and file boxes weighing up to 25 pounds',
      ],
      [
        'You will lift and carry computer equipment weighing up to 25 pounds.',
        'lift and carry computer equipment weighing up to 25 pounds',
      ],
    ] as const) {
      const { of, spanText } = check(posting('Physical Demands', line));
      expect(of('physical-requirements').map(spanText), line).toEqual([span]);
    }
  });

  it('keeps "must be able to lift" asked among the requirements as ableist wording, reported once', () => {
    const { of } = check(posting('', `- ${lifting}`));
    expect(of('ableist')).toHaveLength(1);
    expect(of('physical-requirements')).toEqual([]);
  });

  it("counts the working conditions toward the posting's length", () => {
    const conditions = 'Work is done at a desk in our Toledo office, with a visit to the plant now and then.';
    const heading = 'Physical Demands and Working Conditions';
    const words = (text: string) => buildView(splitJdText(text)).words;
    const without = words(posting('', ''));
    // A reader's count takes in the heading as well as its text.
    expect(words(posting(heading, conditions)) - without).toBe(
      heading.split(' ').length + conditions.split(' ').length,
    );
  });
});

describe('a scope over every kind of backend work', () => {
  it('flags it when the duties take in integrations and code at the edge, but not devices on a plant floor', () => {
    const scope = (edgeLine: string) =>
      [
        'Backend Engineer (Go)',
        '',
        'Responsibilities',
        '- Build RESTful services for the order system.',
        '- Develop integrations with the scales and label printers.',
        '- Run the ETL jobs that load the data warehouse.',
        '- Keep the Terraform modules and CI/CD up to date.',
        edgeLine,
        '',
        'Requirements',
        '- 4+ years of Go.',
      ].join('\n');
    const undecided = (edgeLine: string) =>
      check(scope(edgeLine), { archetype: 'platform' }).of('archetype-undecided');
    expect(undecided('- Move the label rules into edge functions on the CDN.')).toHaveLength(1);
    expect(undecided('- Connect the IoT gateways and edge devices on the plant floor.')).toEqual([]);
  });
});
