import { Alert, Button, Center, Group, Loader, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { INTERVIEW_LIMITS } from '../../../../shared/interviews';
import { recommendationLabels, recommendations } from '../../../../shared/scorecards';
import { AreaPage } from '../../ui/AreaPage';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { openRoute } from '../../ui/router';
import { useSaveBeforeLeaving } from '../../ui/use-save-before-leaving';
import { ExportButton, type ExportNotice } from '../documents';
import { BackToInterviews } from '../interviews';
import { currentViewer } from '../settings';
import { AttributeBlock } from './AttributeBlock';
import { useScorecardInterview } from './queries';
import { OtherQuestions } from './ScorecardEvidence';
import { OtherScorecards, VersionList } from './ScorecardHistory';
import { ScorecardStatus } from './ScorecardStatus';
import { hasUnsavedScorecardEdits, useScorecardStore } from './scorecard-store';

/** The scorecard of one interview: per focus attribute a rating beside its evidence, then the call. */
export function ScorecardScreen({ interviewId }: { interviewId: string }) {
  const scorecard = useScorecardStore((s) => s.scorecard);
  const interview = useScorecardInterview(interviewId).data;
  const form = useScorecardStore((s) => s.form);
  const loadError = useScorecardStore((s) => s.loadError);
  const revision = useScorecardStore((s) => s.revision);
  const errors = useScorecardStore((s) => s.errors);
  const submitError = useScorecardStore((s) => s.submitError);
  const submitting = useScorecardStore((s) => s.submitting);
  const store = useScorecardStore.getState;
  const [notice, setNotice] = useState<ExportNotice | null>(null);

  useEffect(() => {
    void useScorecardStore.getState().load(interviewId);
    return () => void useScorecardStore.getState().flush();
  }, [interviewId]);
  useSaveBeforeLeaving(hasUnsavedScorecardEdits, useScorecardStore);

  if (loadError) {
    return (
      <AreaPage title="Scorecard">
        <ErrorAlert title="The scorecard could not be opened" error={loadError} />
      </AreaPage>
    );
  }
  if (!scorecard || !form || scorecard.interviewId !== interviewId) {
    return (
      <Center py="xl">
        <Loader aria-label="Opening the scorecard" />
      </Center>
    );
  }

  const submitted = scorecard.status === 'submitted';
  // While a submit is on its way, what is typed would not be in it: the form waits.
  const readOnly = (submitted && !revision) || submitting;
  const lead = `${interview?.candidateName ?? 'Candidate'} · ${scorecard.roundName} · ${scorecard.interviewer}`;

  return (
    <AreaPage title="Scorecard" lead={lead} width="wide">
      <Group justify="space-between">
        <BackToInterviews />
        <Group gap="xs">
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => openRoute({ area: 'interviews', view: 'live', id: interviewId })}
          >
            Read the interview notes
          </Button>
          <ExportButton
            label="Export scorecard"
            menuLabel="This scorecard, as it reads now"
            source={() => ({
              kind: 'scorecard',
              id: scorecard.id,
              viewer: currentViewer() ?? scorecard.interviewer,
            })}
            onNotice={setNotice}
          />
        </Group>
      </Group>
      {notice ? (
        notice.tone === 'success' ? (
          <Alert color="teal" variant="light" withCloseButton onClose={() => setNotice(null)}>
            {notice.message}
          </Alert>
        ) : (
          <ErrorAlert title="Not exported" error={notice.error} onClose={() => setNotice(null)} />
        )
      ) : null}
      <ScorecardStatus />

      <Stack gap="md" maw={1200}>
        <Title order={2} size="h4">
          Focus attributes
        </Title>
        {errors.ratings ? (
          <Text c="red.8" size="sm" role="alert">
            {errors.ratings}
          </Text>
        ) : null}
        {scorecard.attributeRatings.map((attribute) => (
          <AttributeBlock
            key={attribute.attribute}
            attribute={attribute}
            readOnly={readOnly}
            others={scorecard.otherQuestions.length}
          />
        ))}
        <OtherQuestions questions={scorecard.otherQuestions} />
        {scorecard.redFlags.length > 0 ? (
          <Text size="sm" c="red.8">
            <Text span fw={600}>
              Red flags raised in the interview:
            </Text>{' '}
            {scorecard.redFlags.join('; ')}
          </Text>
        ) : null}

        <Title order={2} size="h4">
          Your call
        </Title>
        <Radio.Group
          label="Recommendation"
          withAsterisk={!readOnly}
          value={form.recommendation}
          onChange={(v) => store().setRecommendation(v as (typeof recommendations)[number])}
          error={errors.recommendation}
          readOnly={readOnly}
        >
          <Group gap="lg" mt={6}>
            {recommendations.map((r) => (
              <Radio
                key={r}
                value={r}
                label={recommendationLabels[r]}
                disabled={readOnly && form.recommendation !== r}
              />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label="Summary"
          description="Why, in a few lines: what decided it, and what is still open"
          withAsterisk={!readOnly}
          autosize
          minRows={4}
          maxRows={14}
          value={form.summary}
          maxLength={INTERVIEW_LIMITS.summary}
          onChange={(event) => store().setSummary(event.currentTarget.value)}
          error={errors.summary}
          readOnly={readOnly}
        />
        {revision ? (
          <Textarea
            label="Reason for the change"
            description="Kept with the new version, beside the old one"
            withAsterisk
            autosize
            minRows={2}
            value={revision.reason}
            maxLength={INTERVIEW_LIMITS.reason}
            onChange={(event) => store().setReason(event.currentTarget.value)}
            error={errors.reason}
          />
        ) : null}
        {submitError ? <ErrorAlert title="Not submitted" error={submitError} /> : null}
        <Group>
          {!submitted ? (
            <Button onClick={() => void store().submit()} loading={submitting}>
              Submit scorecard
            </Button>
          ) : revision ? (
            <>
              <Button onClick={() => void store().submitRevision()} loading={submitting}>
                Save as version {scorecard.version + 1}
              </Button>
              <Button variant="default" onClick={() => store().cancelRevision()}>
                Cancel
              </Button>
            </>
          ) : (
            <Button variant="default" onClick={() => store().startRevision()}>
              Revise…
            </Button>
          )}
        </Group>

        <VersionList scorecard={scorecard} />
        <OtherScorecards scorecard={scorecard} />
      </Stack>
    </AreaPage>
  );
}
