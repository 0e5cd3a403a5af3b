import { Badge, Button, Group, Paper, Text, Textarea, Title, UnstyledButton } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import type { JdSectionId } from '../../../../shared/jd';
import classes from './jd.module.css';
import { useJdStore } from './jd-store';
import { placeholdersIn } from './jd-text';
import { registerSectionInput, selectInSection } from './section-inputs';

/** Names for sections whose stored heading is empty (the title has none in the text). */
export const SECTION_NAMES: Record<JdSectionId, string> = {
  title: 'Job title',
  about: 'About the role',
  first90: 'First 90 days',
  requirements: 'Requirements',
  compensation: 'Compensation and benefits',
  company: 'About the company',
};

export const sectionName = (id: JdSectionId, heading: string) => heading.trim() || SECTION_NAMES[id];

/** One section of the JD: its text (saved as you type), regenerate, and the writer's guidance beside it. */
export function JdSectionEditor({ sectionId }: { sectionId: JdSectionId }) {
  const section = useJdStore((s) => s.jd?.sections.find((x) => x.id === sectionId));
  const text = useJdStore((s) => s.drafts?.[sectionId] ?? '');
  const stale = useJdStore((s) => s.jd?.stale[sectionId] ?? false);
  const busy = useJdStore((s) => s.busySection === sectionId);
  const store = useJdStore.getState;
  if (!section) return null;
  const name = sectionName(sectionId, section.heading);
  const edited = section.text !== section.generated;
  const placeholders = placeholdersIn(text);
  const guidanceId = `jd-guidance-${sectionId}`;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={name} data-section={sectionId}>
      <Group justify="space-between" mb="xs" align="center">
        <Group gap="xs">
          <Title order={3} size="h5">
            {name}
          </Title>
          {stale ? (
            <Badge
              size="sm"
              color="orange"
              variant="light"
              title="The role spec changed after this text was made"
            >
              Spec changed
            </Badge>
          ) : null}
          {edited ? (
            <Badge size="sm" color="gray" variant="outline">
              Edited by hand
            </Badge>
          ) : null}
        </Group>
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconRefresh size={14} aria-hidden />}
          loading={busy}
          onClick={() => void store().regenerate(sectionId)}
          aria-label={`Regenerate ${name} from the spec`}
          // In a narrow section the button moves below the title rather than losing its words.
          miw="max-content"
        >
          Regenerate from spec
        </Button>
      </Group>
      <div className={classes.sectionBody}>
        <Textarea
          aria-label={name}
          aria-describedby={section.guidance ? guidanceId : undefined}
          ref={(el) => registerSectionInput(sectionId, el)}
          value={text}
          // While the section is being regenerated, a keystroke would land in text about to be
          // replaced (and its save could then overwrite the new text): hold it for that moment.
          readOnly={busy}
          autosize
          minRows={sectionId === 'title' ? 1 : 3}
          maxRows={sectionId === 'title' ? 2 : 24}
          onChange={(e) => store().edit(sectionId, e.currentTarget.value)}
          classNames={{ input: classes.sectionInput }}
        />
        {section.guidance ? (
          <aside className={classes.guidance} id={guidanceId} aria-label={`Writing notes for ${name}`}>
            <Text size="xs" fw={600} c="dimmed" mb={2}>
              Writing notes (not part of the JD)
            </Text>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
              {section.guidance}
            </Text>
          </aside>
        ) : null}
      </div>
      {placeholders.length > 0 ? (
        <Group gap={6} mt="xs" aria-label={`Placeholders in ${name}`} role="group">
          <Text size="xs" c="orange.8">
            Still to fill in:
          </Text>
          {placeholders.map((p) => (
            <UnstyledButton
              key={`${p.start}`}
              className={classes.placeholderChip}
              onClick={() => selectInSection(sectionId, p.start, p.end)}
              aria-label={`Select ${p.text} in ${name}`}
            >
              {p.text}
            </UnstyledButton>
          ))}
        </Group>
      ) : null}
    </Paper>
  );
}
