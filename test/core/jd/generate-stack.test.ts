import { describe, expect, it } from 'vitest';
import { generateJd } from '../../../shared/domain/jd/generate';
import { stackCategories } from '../../../shared/roles';
import { completeSpec } from './specs';

const jdText = (spec: ReturnType<typeof completeSpec>) =>
  generateJd(spec)
    .map((s) => s.text)
    .join('\n');

describe('generated JD and the intake stack', () => {
  it('names every stack item the intake picked, even past the line caps', () => {
    const spec = completeSpec({
      stack: {
        primary: ['Python', 'Go', 'FastAPI'],
        secondary: ['REST', 'gRPC'],
        dataStores: ['PostgreSQL', 'Snowflake', 'Redis', 'DynamoDB'],
        brokers: ['Kafka', 'RabbitMQ'],
        orchestration: ['Dagster', 'Airflow'],
        cloud: ['AWS', 'Kubernetes', 'Terraform', 'Helm'],
        observability: ['Datadog', 'OpenTelemetry', 'Sentry'],
        ai: [],
      },
    });
    const text = jdText(spec);
    for (const item of stackCategories.flatMap((c) => spec.stack[c])) expect(text, item).toContain(item);
    // The ones no templated line could hold are listed together, visibly, not dropped (before,
    // even the complete spec's Kubernetes and Terraform never reached the text).
    const also = /Also in the stack: (.+)\./.exec(text)?.[1] ?? '';
    expect(also).toContain('DynamoDB');
    expect(also).toContain('Sentry');
  });

  it('adds no stack line when the other lines already name every item', () => {
    const spec = completeSpec({
      stack: { ...completeSpec().stack, cloud: ['AWS'], observability: [], orchestration: [], secondary: [] },
    });
    const text = jdText(spec);
    for (const item of stackCategories.flatMap((c) => spec.stack[c])) expect(text, item).toContain(item);
    expect(text).not.toContain('Also in the stack');
  });
});
