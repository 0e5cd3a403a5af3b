import {
  Alert,
  Button,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import {
  type CandidateRecord,
  type Debrief,
  type DecisionOutcome,
  decisionOutcomeLabels,
  decisionOutcomes,
} from '../../../../shared/debrief';
import { formatDateTime } from '../../ui/format';
import { currentViewer } from '../settings';
import { useDebriefStore } from './debrief-store';

function RecordedDecision({ debrief }: { debrief: Debrief }) {
  const d = debrief.decision;
  if (!d) return null;
  return (
    <Paper withBorder radius="md" p="sm" data-testid="recorded-decision">
      <Group gap="xs">
        <IconLock size={16} aria-label="Locked" />
        <Text fw={700}>{decisionOutcomeLabels[d.outcome]}</Text>
        <Text size="sm" c="dimmed">
          version {d.version}, by {d.decidedBy}, {formatDateTime(d.decidedAt)}
        </Text>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {d.rationale}
      </Text>
      {d.rejectionReason ? <Text size="sm">Rejection reason: {d.rejectionReason}</Text> : null}
      {d.changeReason ? <Text size="sm">Changed because: {d.changeReason}</Text> : null}
      {debrief.decisionVersions.length > 1 ? (
        <Text size="xs" c="dimmed" mt={4}>
          Earlier:{' '}
          {debrief.decisionVersions
            .slice(0, -1)
            .map((v) => `v${v.version} ${decisionOutcomeLabels[v.outcome]} (${v.decidedBy})`)
            .join(', ')}
        </Text>
      ) : null}
    </Paper>
  );
}

function ReasonsEditor({ reasons, onClose }: { reasons: string[]; onClose: () => void }) {
  const [text, setText] = useState(reasons.join('\n'));
  const error = useDebriefStore((s) => s.error);
  return (
    <Modal opened onClose={onClose} title="Rejection reasons">
      <Stack>
        <Textarea
          label="One reason a line"
          description="A decision keeps the reason it was given, whatever the list says later."
          autosize
          minRows={5}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          data-autofocus
        />
        {error ? (
          <Text c="red.9" size="sm">
            {error.message}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            onClick={async () => {
              const lines = text
                .split('\n')
                .map((l) => l.trim())
                .filter(Boolean);
              if (await useDebriefStore.getState().setRejectionReasons(lines)) onClose();
            }}
          >
            Save the list
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * The decision: hire, no hire, hold or another round, with a rationale and who decided. Once
 * recorded it is locked; a change is a new version that says why.
 */
export function DecisionPanel({ record }: { record: CandidateRecord }) {
  const { debrief } = record;
  const existing = debrief.decision;
  const [open, setOpen] = useState(existing === null);
  const [outcome, setOutcome] = useState<DecisionOutcome | ''>('');
  const [rationale, setRationale] = useState('');
  const [reason, setReason] = useState('');
  const [decidedBy, setDecidedBy] = useState(() => currentViewer() ?? '');
  const [changeReason, setChangeReason] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [editingReasons, setEditingReasons] = useState(false);
  const [busy, setBusy] = useState(false);
  const error = useDebriefStore((s) => s.error);

  const submit = async () => {
    if (!outcome) return setMessage('Pick a decision.');
    if (!rationale.trim()) return setMessage('Write the rationale: why this decision.');
    if (outcome === 'no-hire' && !reason) return setMessage('Pick a rejection reason.');
    if (!decidedBy.trim()) return setMessage('Say who decided.');
    if (existing && !changeReason.trim()) return setMessage('Say why the decision changes.');
    setMessage(null);
    setBusy(true);
    const ok = await useDebriefStore.getState().decide(record, {
      outcome,
      rationale,
      rejectionReason: outcome === 'no-hire' ? reason : null,
      decidedBy,
      changeReason,
    });
    setBusy(false);
    if (ok) {
      setOpen(false);
      setChangeReason('');
    }
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="decision-title">
      <Title order={2} size="h4" id="decision-title">
        Decision
      </Title>
      <RecordedDecision debrief={debrief} />
      {!open ? (
        <Group>
          <Button variant="default" onClick={() => setOpen(true)}>
            Change the decision
          </Button>
        </Group>
      ) : (
        <Paper
          withBorder
          radius="md"
          p="md"
          component="form"
          aria-label={existing ? 'Change the decision' : 'Record the decision'}
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Stack gap="sm">
            <Radio.Group
              label="Decision"
              value={outcome}
              onChange={(v) => setOutcome(v as DecisionOutcome)}
              withAsterisk
            >
              <Group mt={4}>
                {decisionOutcomes.map((o) => (
                  <Radio key={o} value={o} label={decisionOutcomeLabels[o]} />
                ))}
              </Group>
            </Radio.Group>
            {outcome === 'no-hire' ? (
              <Group align="flex-end" gap="xs">
                <NativeSelect
                  label="Rejection reason"
                  withAsterisk
                  value={reason}
                  onChange={(e) => setReason(e.currentTarget.value)}
                  data={[{ value: '', label: 'Pick one…' }, ...debrief.rejectionReasons]}
                  style={{ flex: 1 }}
                />
                <Button variant="subtle" onClick={() => setEditingReasons(true)}>
                  Edit the list
                </Button>
              </Group>
            ) : null}
            <Textarea
              label="Rationale"
              description="Why: the evidence that decided it, and how the disagreements were settled."
              withAsterisk
              autosize
              minRows={3}
              value={rationale}
              onChange={(e) => setRationale(e.currentTarget.value)}
            />
            <TextInput
              label="Decided by"
              withAsterisk
              value={decidedBy}
              onChange={(e) => setDecidedBy(e.currentTarget.value)}
            />
            {existing ? (
              <TextInput
                label="Why it changes"
                withAsterisk
                value={changeReason}
                onChange={(e) => setChangeReason(e.currentTarget.value)}
              />
            ) : null}
            {message ? (
              <Text c="red.9" size="sm" role="alert">
                {message}
              </Text>
            ) : null}
            {error ? (
              <Alert color="red" variant="light" role="alert" title="The decision was not recorded">
                {error.message}
              </Alert>
            ) : null}
            <Group justify="flex-end">
              {existing ? (
                <Button variant="default" onClick={() => setOpen(false)}>
                  Keep the decision
                </Button>
              ) : null}
              <Button type="submit" loading={busy}>
                {existing ? 'Record the new version' : 'Record the decision'}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      {editingReasons ? (
        <ReasonsEditor reasons={debrief.rejectionReasons} onClose={() => setEditingReasons(false)} />
      ) : null}
    </Stack>
  );
}
