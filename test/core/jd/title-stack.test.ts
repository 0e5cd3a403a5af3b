import { describe, expect, it } from 'vitest';
import { check, edited } from './helpers';

describe('JD title checks', () => {
  it('builds a qualified title from what the context knows', () => {
    const raw = edited('01', ['# Senior Backend Engineer (Go)', '# Backend Engineer']);
    const withStack = check(raw, { level: 'senior', stack: ['Go', 'PostgreSQL'] });
    const [f] = withStack.of('title-qualifier');
    expect(f && withStack.spanText(f)).toBe('Backend Engineer');
    expect(f?.replacement).toBe('Senior Backend Engineer (Go)');
    expect(check(raw, { archetype: 'data' }).of('title-qualifier')[0]?.replacement).toBe(
      'Backend Engineer (Data Platform)',
    );
    // With no context, the language the requirements name most.
    expect(check(raw).of('title-qualifier')[0]?.replacement).toBe('Backend Engineer (Go)');
  });

  it('flags a slash title and proposes the first role', () => {
    const { of, spanText } = check(
      edited('03', ['# Backend Developer (Data Platform)', '# Backend / Full-Stack / DevOps Engineer']),
    );
    const [f] = of('slash-title');
    expect(f && spanText(f)).toBe('Backend / Full-Stack / DevOps Engineer');
    expect(f?.replacement).toBe('Backend Engineer');
    expect(
      check(edited('03', ['# Backend Developer (Data Platform)', '# Backend Developer (CI/CD)'])).of(
        'slash-title',
      ),
    ).toEqual([]);
  });

  it('allows slashes between short tokens, and builds the fix from the text outside the parentheses', () => {
    const title = (t: string) => check(edited('01', ['# Senior Backend Engineer (Go)', `# ${t}`]));
    for (const ok of [
      'AI/ML Backend Engineer (Python)',
      'C/C++ Backend Engineer (Systems)',
      'Backend Engineer, CI/CD (Go)',
    ])
      expect(title(ok).of('slash-title'), ok).toEqual([]);
    const fixes = (t: string) =>
      title(t)
        .of('slash-title')
        .map((f) => f.replacement);
    expect(fixes('Senior Backend / DevOps Engineer (Go)')).toEqual(['Senior Backend Engineer (Go)']);
    expect(fixes('Software Engineer/Developer (Go/Rust)')).toEqual(['Software Engineer (Go/Rust)']);
    expect(fixes('AI/ML Backend / Full-Stack Engineer (Python)')).toEqual([
      'AI/ML Backend Engineer (Python)',
    ]);
  });

  it('does not take a work mode, a place or a gender marker for a qualifier', () => {
    const title = (t: string) =>
      check(edited('01', ['# Senior Backend Engineer (Go)', `# ${t}`]), { stack: ['Go'] }).of(
        'title-qualifier',
      );
    expect(title('Backend Engineer (Remote)').map((f) => f.replacement)).toEqual([
      'Backend Engineer (Go) (Remote)',
    ]);
    expect(title('Backend Engineer (m/f/d)').map((f) => f.replacement)).toEqual([
      'Backend Engineer (Go) (m/f/d)',
    ]);
    expect(title('Backend Engineer (Hybrid, Denver, CO)')).toHaveLength(1);
    expect(title('Backend Engineer (Full-time, Remote - US)')).toHaveLength(1);
    expect(title('Backend Engineer (Remote, New York)')).toHaveLength(1);
    expect(title('Backend Engineer (Hybrid - NYC)')).toHaveLength(1);
    expect(title('Backend Engineer (Go) (m/f/d)')).toEqual([]);
    expect(title('Backend Engineer (Go, remote)')).toEqual([]);
    expect(title('Backend Engineer (Data Platform)')).toEqual([]);
  });

  it('asks for the surface a board title names after a comma or dash to be set in parentheses', () => {
    const title = (t: string) =>
      check(edited('01', ['# Senior Backend Engineer (Go)', `# ${t}`]), { stack: ['Go'] }).of(
        'title-qualifier',
      );
    const [comma] = title('Senior Backend Engineer, Ledger');
    expect(comma?.message).toContain('"Ledger" after a comma');
    expect(comma?.replacement).toBe('Senior Backend Engineer (Ledger)');
    expect(title('Software Engineer - Payments Platform').map((f) => f.replacement)).toEqual([
      'Software Engineer (Payments Platform)',
    ]);
    // A role area or a grade after the dash is no surface: the fix is built from the stack.
    expect(title('Senior Software Engineer - Backend').map((f) => f.replacement)).toEqual([
      'Senior Software Engineer - Backend (Go)',
    ]);
    // Nor is a city whose state follows the next comma.
    const [city] = title('Backend Engineer - Hybrid - Boise, ID');
    expect(city?.message).toContain('no stack or surface');
    expect(city?.replacement).toBe('Backend Engineer - Hybrid - Boise, ID (Go)');
  });

  it('asks for the stack a title names ahead of the role to be set in parentheses', () => {
    const title = (t: string) =>
      check(edited('01', ['# Senior Backend Engineer (Go)', `# ${t}`]), { stack: ['Go'] }).of(
        'title-qualifier',
      );
    const [lead] = title('Go Backend Developer');
    expect(lead?.message).toContain('"Go" ahead of the role');
    expect(lead?.replacement).toBe('Backend Developer (Go)');
    // What follows the role noun stays where it is.
    expect(title('Principal Rust Engineer - Onsite - Reno, NV').map((f) => f.replacement)).toEqual([
      'Principal Engineer (Rust) - Onsite - Reno, NV',
    ]);
    expect(title('Kotlin Server-Side Engineer (Remote)').map((f) => f.replacement)).toEqual([
      'Server-Side Engineer (Kotlin) (Remote)',
    ]);
    // In parentheses, the stack is the qualifier.
    expect(title('Backend Developer (Go)')).toEqual([]);
  });

  it('flags a junior title with senior asks, on the asks themselves', () => {
    const { of, spanText } = check(
      edited(
        '06',
        [
          '- Add unit and integration tests to the waitlist module',
          '- Own the architecture of the booking platform; add tests to the waitlist module',
        ],
        ['- 0-2 years of professional experience', '- 5+ years of professional experience'],
      ),
    );
    expect(of('level-mismatch').map(spanText)).toEqual(['Own the architecture', '5+ years']);
  });

  it('flags a senior title that asks for junior experience', () => {
    const { of, spanText } = check(
      edited('01', [
        '- 6+ years building backend services, with at least three in Go',
        '- 1-2 years building backend services in Go',
      ]),
    );
    expect(of('level-mismatch').map(spanText)).toEqual(['1-2 years']);
  });
});

describe('JD stack checks', () => {
  it('flags a language-soup line with the line as span', () => {
    const line = 'Fluency in Python, Node.js, Java, Go, Ruby and C#.';
    const { of, spanText } = check(
      edited('03', ['4+ years of backend work with heavy database use, in Java, Kotlin or Python.', line]),
    );
    const [f] = of('language-soup');
    expect(f && spanText(f)).toBe(line);
    expect(f?.message).toContain('6 languages');
    // "go" as a verb does not count as the language.
    const verb = check(
      edited('03', [
        '4+ years of backend work with heavy database use, in Java, Kotlin or Python.',
        'Java, Kotlin or Python, and the will to go deep.',
      ]),
    );
    expect(verb.of('language-soup')).toEqual([]);
    // Any one of several languages is the candidate's choice, not a stack asked for in full.
    const choice = check(
      edited('03', [
        '4+ years of backend work with heavy database use, in Java, Kotlin or Python.',
        '2 years of experience in one or more programming languages, such as Java, C++, Go or Python.',
      ]),
    );
    expect(choice.of('language-soup')).toEqual([]);
  });

  it('flags a framework list of ten names', () => {
    const line = 'Hands-on with Express, NestJS, Fastify, Hono, Prisma, Jest, Webpack, Babel, Zod and Pino.';
    const { of, spanText } = check(
      edited('05', ['- HTTP caching in depth', `- ${line}\n- HTTP caching in depth`]),
    );
    expect(of('framework-list').map(spanText)).toEqual([line]);
    expect(of('framework-list')[0]?.message).toContain('naming 10 frameworks and libraries');
  });

  it('counts libraries the vocabulary does not know into a framework list', () => {
    const line = 'Comfortable with Ktor, Exposed, Koin, Arrow, Kotest, MockK, Detekt, Ktlint and Gradle.';
    const { of, spanText } = check(
      edited('05', ['- HTTP caching in depth', `- ${line}\n- HTTP caching in depth`]),
    );
    expect(of('framework-list').map(spanText)).toEqual([line]);
  });

  it('does not read the stack the code runs on (languages, stores, cloud services, CI) as a framework list', () => {
    const line =
      'Python 3.12 and Go (Gin), MySQL 8, Memcached, GCP (GKE, Cloud Run, Pub/Sub), Grafana and Sentry, with GitLab CI for builds.';
    const { of } = check(edited('05', ['- HTTP caching in depth', `- ${line}\n- HTTP caching in depth`]));
    expect(of('framework-list')).toEqual([]);
  });

  it("flags a board's skill tags under the requirements that name ten libraries", () => {
    const tags =
      'Django, Flask, Celery, SQLAlchemy, Pydantic, Alembic, Gunicorn, Uvicorn, Marshmallow, Boto3';
    const { of, spanText } = check(edited('05', ['## Preferred', `Skills:\n\n${tags}\n\n## Preferred`]));
    expect(of('framework-list').map(spanText)).toEqual([tags]);
    // The tags repeat the stack; they are no must-haves of their own.
    expect(of('requirements-count')).toEqual([]);
  });

  it('flags full-stack creep in a backend title, on React and "full-stack"', () => {
    const { of, spanText } = check(
      edited(
        '02',
        ['- Solid SQL on PostgreSQL', '- React for the clinic portal.\n- Solid SQL on PostgreSQL'],
        [
          'You will work with the Clinical Data team',
          'You will be a full-stack owner and work with the Clinical Data team',
        ],
      ),
    );
    expect(of('full-stack-creep').map(spanText)).toEqual(['full-stack', 'React']);
    // An edge role builds for the front end: React there is not creep.
    const edge = check(
      edited('05', ['- HTTP caching in depth', '- React server components.\n- HTTP caching in depth']),
      { archetype: 'edge' },
    );
    expect(edge.of('full-stack-creep')).toEqual([]);
  });

  it('flags unnamed stacks and names the role spec stack in the fix', () => {
    const { of, spanText } = check(
      edited('01', [
        '- Docker and Kubernetes, one major cloud',
        '- Modern backend technologies, one major cloud',
      ]),
      { stack: ['Go', 'PostgreSQL', 'Kafka', 'Datadog'] },
    );
    const [f] = of('generic-tech');
    expect(f && spanText(f)).toBe('Modern backend technologies');
    expect(f?.replacement).toBe('Go, PostgreSQL, Kafka');
  });
});

describe('unnamed stacks in real duties', () => {
  const duties = (lines: string[]) =>
    check(
      [
        'Data Engineer (Python)',
        '',
        'Responsibilities',
        ...lines.map((l) => `1. ${l}`),
        '',
        'Requirements',
        '- 3+ years with Python and PostgreSQL.',
      ].join('\n'),
    ).of('generic-tech');

  it('flags "modern" before a two-word field and no tool', () => {
    expect(duties(['Build reliable pipelines using modern data engineering technologies.'])).toHaveLength(1);
    expect(duties(['Bring hands-on skill with modern cloud-native technologies and tools.'])).toHaveLength(1);
    expect(duties(['Move the reports onto modern Python frameworks.'])).toEqual([]);
  });

  it('leaves "at least one language" alone when the rest of its line names the languages', () => {
    expect(duties(['Write tooling in at least one programming language such as Go or Python.'])).toEqual([]);
    expect(duties(['Write tooling in one language; most of ours is Go.'])).toEqual([]);
    expect(duties(['Write tooling in at least one programming language.'])).toHaveLength(1);
  });

  it('leaves a duty to follow the field alone', () => {
    expect(duties(['Stay current with emerging technologies and industry trends.'])).toEqual([]);
    expect(duties(['Keep up with the latest tools in the data field.'])).toEqual([]);
  });

  it('flags a duty to keep up with the newest tools that names neither a field nor its frontier', () => {
    for (const duty of [
      'Keep up with the newest tools and modern technologies and suggest upgrades.',
      'Stay up to date with the latest technologies and industry trends.',
    ])
      expect(duties([duty]).length, duty).toBeGreaterThan(0);
  });
});

describe('a mid title with lead duties', () => {
  const posting = (duties: string[]) =>
    [
      'Software Engineer II - Backend',
      'Location: Omaha, NE (hybrid)',
      '',
      'Position Summary',
      'You will work on the Freight Quote API, the Java service that prices shipments for our carriers. You will report to the engineering manager.',
      '',
      'Responsibilities',
      ...duties.map((d) => `• ${d}`),
      '• Build REST endpoints in Java and Spring Boot for quotes and bookings.',
      '• Tune the PostgreSQL queries behind the quote search.',
      '',
      'Qualifications',
      '• 2+ years of professional software development experience.',
      '• Working knowledge of Java and Spring Boot.',
    ].join('\n');

  it('flags architecture ownership and team standards asked of a mid role', () => {
    const { of, spanText } = check(
      posting([
        'Serve as the technical owner and architect for the Freight Quote API.',
        'Set coding standards and review rules for the whole team.',
      ]),
    );
    expect(of('level-mismatch').map(spanText)).toEqual([
      'Serve as the technical owner',
      'Set coding standards',
    ]);
  });

  it('lets a mid role mentor juniors', () => {
    expect(check(posting(['Mentor junior developers on the team.'])).of('level-mismatch')).toEqual([]);
  });
});
