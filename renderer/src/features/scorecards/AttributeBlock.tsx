import { Paper, Radio, Stack, Text, Textarea } from '@mantine/core';
import { ATTRIBUTE_SCALE } from '../../../../shared/domain/documents/scales';
import { INTERVIEW_LIMITS } from '../../../../shared/interviews';
import { type AttributeRating, attributeScoreValues, NOT_ASSESSED } from '../../../../shared/scorecards';
import { Evidence } from './ScorecardEvidence';
import type { Level } from './scorecard-form';
import { useScorecardStore } from './scorecard-store';
import classes from './scorecards.module.css';

/**
 * The attribute scale: the same four anchored levels for every interviewer, then "not
 * assessed" for an attribute nothing in the interview measured (an answer, never a score).
 */
export const ATTRIBUTE_LEVELS: { level: Level; name: string; anchor: string }[] = ATTRIBUTE_SCALE.map(
  ({ name, anchor }, i) => ({ level: attributeScoreValues[i] as Level, name, anchor }),
);

const levelOf = (value: string): Level => (value === NOT_ASSESSED ? NOT_ASSESSED : (Number(value) as Level));

/** One focus attribute: its rating on the anchored scale and a note, beside the interview's evidence. */
export function AttributeBlock({
  attribute,
  readOnly,
  others,
}: {
  attribute: AttributeRating;
  readOnly: boolean;
  others: number;
}) {
  const value = useScorecardStore((s) => s.form?.ratings[attribute.attribute]);
  const store = useScorecardStore.getState;
  return (
    <Paper withBorder p="md" radius="md" className={classes.attribute}>
      <Stack gap="sm">
        <Radio.Group
          label={attribute.label}
          value={value?.rating ? String(value.rating) : null}
          onChange={(v) => store().setRating(attribute.attribute, levelOf(v))}
          readOnly={readOnly}
        >
          <Stack gap={6} mt={6}>
            {ATTRIBUTE_LEVELS.map(({ level, name, anchor }) => (
              <Radio
                key={level}
                value={String(level)}
                disabled={readOnly && value?.rating !== level}
                label={
                  <>
                    <Text span fw={600} size="sm">
                      {name}
                    </Text>{' '}
                    <Text span c="dimmed" size="sm">
                      {anchor}
                    </Text>
                  </>
                }
              />
            ))}
          </Stack>
        </Radio.Group>
        {readOnly ? (
          value?.note ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {value.note}
            </Text>
          ) : null
        ) : (
          <Textarea
            label="Note"
            aria-label={`Note on ${attribute.label}`}
            autosize
            minRows={1}
            maxRows={6}
            value={value?.note ?? ''}
            maxLength={INTERVIEW_LIMITS.attributeNote}
            onChange={(event) => store().setNote(attribute.attribute, event.currentTarget.value)}
          />
        )}
      </Stack>
      <Evidence attribute={attribute} others={others} />
    </Paper>
  );
}
