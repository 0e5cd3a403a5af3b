import { Badge, Button, Group, Loader, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import type { JdCheckReport, JdFinding, JdSeverity } from '../../../../shared/domain/jd';
import classes from './jd.module.css';

export const SEVERITY_LABELS: Record<JdSeverity, { group: string; badge: string; color: string }> = {
  error: { group: 'Fix before posting', badge: 'error', color: 'red' },
  warning: { group: 'Worth fixing', badge: 'warning', color: 'orange' },
  info: { group: 'Small things', badge: 'note', color: 'gray' },
};

const SEVERITIES: JdSeverity[] = ['error', 'warning', 'info'];

interface JdChecksPanelProps {
  report: JdCheckReport | null;
  /** The flat text the findings point into, for the quoted span. */
  text: string;
  checking?: boolean;
  /** Selects the finding's span in the editor; left out where there is no editor (an import). */
  onShow?: (finding: JdFinding) => void;
  onApply?: (finding: JdFinding) => void;
}

const quote = (text: string) => (text.length > 140 ? `${text.slice(0, 137)}…` : text);

/** The score with every deduction explained, then the findings grouped by how much they matter. */
export function JdChecksPanel({ report, text, checking, onShow, onApply }: JdChecksPanelProps) {
  if (!report) {
    return (
      <Paper withBorder radius="md" p="md" component="section" aria-label="Checks">
        <Group gap="xs">
          <Loader size="xs" aria-hidden />
          <Text size="sm" c="dimmed">
            Checking the text…
          </Text>
        </Group>
      </Paper>
    );
  }
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Checks">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h5">
            Checks
          </Title>
          {checking ? <Loader size="xs" aria-label="Checking" /> : null}
        </Group>
        <div>
          <Text size="xl" fw={700} data-testid="jd-score" aria-live="polite">
            {report.score} / 100
          </Text>
          {report.deductions.length === 0 ? (
            <Text size="sm" c="dimmed">
              Nothing took points off.
            </Text>
          ) : (
            <ul className={classes.deductions} aria-label="Deductions">
              {report.deductions.map((d) => (
                <li key={d.checkId}>
                  <Text size="xs" span fw={600}>
                    −{d.points}
                  </Text>{' '}
                  <Text size="xs" span c="dimmed">
                    {d.reason}
                  </Text>
                </li>
              ))}
            </ul>
          )}
        </div>
        <BoilerplateNote report={report} />
        {report.findings.length === 0 ? (
          <Text size="sm">No findings. This reads like a JD that gets replies.</Text>
        ) : null}
        {SEVERITIES.map((severity) => {
          const findings = report.findings.filter((f) => f.severity === severity);
          if (findings.length === 0) return null;
          return (
            <Stack key={severity} gap={6} component="section" aria-label={SEVERITY_LABELS[severity].group}>
              <Text size="sm" fw={600}>
                {SEVERITY_LABELS[severity].group} ({findings.length})
              </Text>
              {findings.map((finding) => (
                <FindingCard
                  key={`${finding.id}-${finding.start}-${finding.end}-${finding.message.length}`}
                  finding={finding}
                  excerpt={text.slice(finding.start, finding.end)}
                  onShow={onShow}
                  onApply={onApply}
                />
              ))}
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}

function FindingCard({
  finding,
  excerpt,
  onShow,
  onApply,
}: {
  finding: JdFinding;
  excerpt: string;
  onShow?: (finding: JdFinding) => void;
  onApply?: (finding: JdFinding) => void;
}) {
  const label = SEVERITY_LABELS[finding.severity];
  const head = (
    <Group gap={6} wrap="nowrap" align="baseline">
      <Badge size="xs" variant="light" color={label.color}>
        {label.badge}
      </Badge>
      <Text size="xs" ff="monospace">
        {finding.id}
      </Text>
    </Group>
  );
  return (
    <div className={classes.finding} data-finding={finding.id}>
      {onShow ? (
        <UnstyledButton
          className={classes.findingShow}
          onClick={() => onShow(finding)}
          aria-label={`Show in the text: ${finding.id}${excerpt ? `, “${quote(excerpt)}”` : ''}`}
        >
          {head}
          {excerpt ? <q className={classes.excerpt}>{quote(excerpt)}</q> : null}
        </UnstyledButton>
      ) : (
        <div>
          {head}
          {excerpt ? <q className={classes.excerpt}>{quote(excerpt)}</q> : null}
        </div>
      )}
      <Text size="sm">{finding.message}</Text>
      {finding.fix ? (
        <Text size="sm" c="dimmed">
          <Text span fw={600} size="sm">
            Fix:
          </Text>{' '}
          {finding.fix}
        </Text>
      ) : null}
      {onApply && finding.replacement !== null ? (
        <Group gap="xs" mt={4}>
          <Button size="compact-xs" variant="light" onClick={() => onApply(finding)}>
            {finding.replacement ? `Apply fix: “${quote(finding.replacement)}”` : 'Apply fix: remove it'}
          </Button>
        </Group>
      ) : null}
    </div>
  );
}

const KIND_LABEL: Record<string, string> = {
  'equal-opportunity': 'equal opportunity',
  accommodation: 'accommodation',
  privacy: 'privacy',
  'work-authorisation': 'work authorisation',
  'pay-policy': 'pay policy',
  agency: 'agency notice',
  'fair-chance': 'fair chance',
  disclaimer: 'disclaimer',
  process: 'hiring process',
};

/** Which standing legal paragraphs the checks recognised and left out, so a user knows why they raised nothing. */
function BoilerplateNote({ report }: { report: JdCheckReport }) {
  const legal = (report.boilerplate ?? []).filter((b) => b.kind !== 'metadata');
  if (legal.length === 0) return null;
  const kinds = [...new Set(legal.map((b) => KIND_LABEL[b.kind] ?? b.kind))].join(', ');
  return (
    <Text size="xs" c="dimmed" data-testid="jd-boilerplate">
      Boilerplate left out of the length, "the candidate" and gender checks: {legal.length} paragraph
      {legal.length === 1 ? '' : 's'} ({kinds}). {report.words} words counted.
    </Text>
  );
}
