import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Rating } from '../../../../shared/interviews';
import type { AttributeEvidence, AttributeRating, OtherQuestion } from '../../../../shared/scorecards';
import classes from './scorecards.module.css';

function ratingWords(rating: Exclude<Rating, null>): string {
  if (rating === 'not-asked') return 'not asked';
  if (rating === 'insufficient') return 'not enough evidence';
  return `rated ${rating}`;
}

/** One asked question as evidence: its topic and rating, what was said, the judgement, any flags. */
function EvidenceItem({ e, extra }: { e: AttributeEvidence; extra?: string }) {
  return (
    <li className={classes.quote}>
      <Group gap={6}>
        <Text size="xs" fw={600}>
          {e.topic}
        </Text>
        {e.rating !== null ? (
          <Badge size="xs" variant="light" color="gray">
            {ratingWords(e.rating)}
          </Badge>
        ) : null}
        {extra ? (
          <Text size="xs" c="dimmed">
            {extra}
          </Text>
        ) : null}
      </Group>
      {e.evidence ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          “{e.evidence}”
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          No evidence written.
        </Text>
      )}
      {e.judgement ? (
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
          {e.judgement}
        </Text>
      ) : null}
      {e.redFlags.length > 0 ? (
        <Text size="xs" c="red.8">
          Flagged: {e.redFlags.join('; ')}
        </Text>
      ) : null}
    </li>
  );
}

export function Evidence({ attribute, others }: { attribute: AttributeRating; others: number }) {
  if (attribute.evidence.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {others > 0
          ? 'No question asked in this interview measured it; see “Other questions asked” below.'
          : 'No question asked in this interview measured it.'}
      </Text>
    );
  }
  return (
    <Stack component="ul" gap="sm" aria-label={`Evidence for ${attribute.label}`} className={classes.quotes}>
      {attribute.evidence.map((e) => (
        <EvidenceItem key={e.itemId} e={e} />
      ))}
    </Stack>
  );
}

/** Asked questions that measure none of the focus attributes: rated all the same, so shown. */
export function OtherQuestions({ questions }: { questions: OtherQuestion[] }) {
  if (questions.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h4" id="other-questions-heading">
        Other questions asked
      </Title>
      <Text size="sm" c="dimmed">
        These questions measure none of this round's focus attributes; weigh them where they fit.
      </Text>
      <Paper withBorder p="md" radius="md">
        <Stack component="ul" gap="sm" aria-labelledby="other-questions-heading" className={classes.quotes}>
          {questions.map((q) => (
            <EvidenceItem
              key={q.itemId}
              e={q}
              extra={[q.adHoc ? 'added during the call' : '', q.measures.join(', ')]
                .filter(Boolean)
                .join(' · ')}
            />
          ))}
        </Stack>
      </Paper>
    </Stack>
  );
}
