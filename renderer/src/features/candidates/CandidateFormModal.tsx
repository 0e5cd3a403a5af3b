import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { CANDIDATE_LIMITS, candidateStageLabels, candidateStages } from '../../../../shared/candidates';
import type { AppErrorData } from '../../../../shared/result';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { type CandidateDraft, useCandidatesStore } from './candidates-store';
import { defaultRoleId } from './default-role';

const FIELDS = ['name', 'email', 'phone', 'roleId', 'source', 'stage'] as const;
type Field = (typeof FIELDS)[number];

/** Adds a candidate or edits one; Esc or Cancel closes it without saving. */
export function CandidateFormModal() {
  const form = useCandidatesStore((s) => s.form);
  const roles = useCandidatesStore((s) => s.roles) ?? [];
  const roleFilter = useCandidatesStore((s) => s.roleFilter);
  const store = useCandidatesStore.getState;
  const [draft, setDraft] = useState<CandidateDraft | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<AppErrorData | null>(null);
  const [saving, setSaving] = useState(false);

  // A fresh draft each time the form opens.
  useEffect(() => {
    setErrors({});
    setFailure(null);
    if (!form) return setDraft(null);
    if (form.mode === 'edit') {
      const c = form.candidate;
      setDraft({
        name: c.name,
        email: c.email ?? '',
        phone: c.phone ?? '',
        roleId: c.roleId,
        source: c.source,
        stage: c.stage,
      });
    } else {
      const roleId = roleFilter ?? defaultRoleId(useCandidatesStore.getState().roles ?? []);
      setDraft({ name: '', email: '', phone: '', roleId, source: '', stage: 'new' });
    }
  }, [form, roleFilter]);

  const edit = (field: Field, value: string) => {
    setDraft((d) => (d ? { ...d, [field]: value } : d));
    setErrors(({ [field]: _gone, ...rest }) => rest);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft || saving) return;
    if (draft.name.trim() === '') {
      setErrors({ name: 'A candidate needs a name.' });
      return;
    }
    setSaving(true);
    const result = await store().save(draft);
    setSaving(false);
    if (result.ok) return;
    const byField: Partial<Record<Field, string>> = {};
    for (const issue of result.error.issues ?? []) {
      const field = FIELDS.find((f) => issue.path === f || issue.path.startsWith(`${f}.`));
      if (field && !byField[field]) byField[field] = issue.message;
    }
    setErrors(byField);
    setFailure(Object.keys(byField).length > 0 ? null : result.error);
  };

  const title = form?.mode === 'edit' ? 'Edit candidate' : 'New candidate';
  return (
    <Modal opened={form !== null} onClose={() => store().closeForm()} title={title} size="lg">
      {draft ? (
        <form onSubmit={(event) => void submit(event)} aria-label={title} noValidate>
          <Stack gap="sm">
            {failure ? <ErrorAlert title="The candidate was not saved" error={failure} /> : null}
            <TextInput
              label="Name"
              required
              data-autofocus
              maxLength={CANDIDATE_LIMITS.name}
              value={draft.name}
              error={errors.name}
              onChange={(e) => edit('name', e.currentTarget.value)}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label="Email"
                type="email"
                description="Optional"
                maxLength={CANDIDATE_LIMITS.email}
                value={draft.email}
                error={errors.email}
                onChange={(e) => edit('email', e.currentTarget.value)}
              />
              <TextInput
                label="Phone"
                type="tel"
                description="Optional"
                maxLength={CANDIDATE_LIMITS.phone}
                value={draft.phone}
                error={errors.phone}
                onChange={(e) => edit('phone', e.currentTarget.value)}
              />
            </SimpleGrid>
            <NativeSelect
              label="Role"
              required
              value={draft.roleId}
              error={errors.roleId}
              data={roles.map((r) => ({ value: r.id, label: r.title || 'Untitled role' }))}
              onChange={(e) => edit('roleId', e.currentTarget.value)}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label="Source"
                description="Referral, job board, sourced on GitHub…"
                maxLength={CANDIDATE_LIMITS.source}
                value={draft.source}
                error={errors.source}
                onChange={(e) => edit('source', e.currentTarget.value)}
              />
              <NativeSelect
                label="Stage"
                description="Where they are in the process"
                value={draft.stage}
                error={errors.stage}
                data={candidateStages.map((s) => ({ value: s, label: candidateStageLabels[s] }))}
                onChange={(e) => edit('stage', e.currentTarget.value)}
              />
            </SimpleGrid>
            <Group justify="flex-end" mt="xs">
              <Button variant="default" onClick={() => store().closeForm()}>
                Cancel
              </Button>
              <Button type="submit" loading={saving}>
                {form?.mode === 'edit' ? 'Save changes' : 'Add candidate'}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
