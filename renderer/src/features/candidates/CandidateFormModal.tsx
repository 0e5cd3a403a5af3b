import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { type FormEvent, useRef, useState } from 'react';
import {
  CANDIDATE_LIMITS,
  candidateCreateInput,
  candidateStageLabels,
  candidateStages,
} from '../../../../shared/candidates';
import type { AppErrorData } from '../../../../shared/result';
import type { RoleSummary } from '../../../../shared/roles';
import { showRefusalOnFields } from '../../ui/core-refusal';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { focusFirstError } from '../../ui/focus-first-error';
import { type CandidateDraft, type CandidateForm, useCandidatesStore } from './candidates-store';
import { defaultRoleId } from './default-role';
import { useCandidateRoles } from './queries';

const FIELDS = ['name', 'email', 'phone', 'roleId', 'source', 'stage'] as const;

/** The same rules the core applies, so most problems show before a save is even tried. */
const checkWithSchema = schemaResolver(candidateCreateInput, { sync: true });

function check(values: CandidateDraft): Record<string, string> {
  if (values.name.trim() === '') return { name: 'A candidate needs a name.' };
  return checkWithSchema(values) as Record<string, string>;
}

function draftFor(target: CandidateForm, roleFilter: string | null, roles: RoleSummary[]): CandidateDraft {
  if (target.mode === 'edit') {
    const c = target.candidate;
    return {
      name: c.name,
      email: c.email ?? '',
      phone: c.phone ?? '',
      roleId: c.roleId,
      source: c.source,
      stage: c.stage,
    };
  }
  const roleId = roleFilter ?? defaultRoleId(roles);
  return { name: '', email: '', phone: '', roleId, source: '', stage: 'new' };
}

/** Adds a candidate or edits one; Esc or Cancel closes it without saving. */
export function CandidateFormModal() {
  const target = useCandidatesStore((s) => s.form);
  const roleFilter = useCandidatesStore((s) => s.roleFilter);
  const title = target?.mode === 'edit' ? 'Edit candidate' : 'New candidate';
  // A new target (or a new role filter) is a fresh draft.
  const key = target
    ? `${target.mode === 'edit' ? target.candidate.id : 'new'}:${roleFilter ?? ''}`
    : 'closed';
  return (
    <Modal
      opened={target !== null}
      onClose={() => useCandidatesStore.getState().closeForm()}
      title={title}
      size="lg"
    >
      {target ? <CandidateFields key={key} title={title} target={target} roleFilter={roleFilter} /> : null}
    </Modal>
  );
}

function CandidateFields({
  title,
  target,
  roleFilter,
}: {
  title: string;
  target: CandidateForm;
  roleFilter: string | null;
}) {
  const roles = useCandidateRoles().data ?? [];
  const store = useCandidatesStore.getState;
  const form = useForm<CandidateDraft>({
    initialValues: draftFor(target, roleFilter, roles),
    validate: check,
  });
  const [failure, setFailure] = useState<AppErrorData | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const save = async (draft: CandidateDraft) => {
    setFailure(null);
    const result = await store().save(draft);
    if (result.ok) return;
    // The core's word on a field goes next to that field; anything else above the form.
    setFailure(showRefusalOnFields(formRef.current, result.error, FIELDS, form.setErrors));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (form.submitting) return;
    form.onSubmit(save, (errors) => focusFirstError(formRef.current, errors))(event);
  };

  return (
    <form ref={formRef} onSubmit={submit} aria-label={title} noValidate>
      <Stack gap="sm">
        {failure ? <ErrorAlert title="The candidate was not saved" error={failure} /> : null}
        <TextInput
          label="Name"
          required
          data-autofocus
          maxLength={CANDIDATE_LIMITS.name}
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label="Email"
            type="email"
            description="Optional"
            maxLength={CANDIDATE_LIMITS.email}
            {...form.getInputProps('email')}
          />
          <TextInput
            label="Phone"
            type="tel"
            description="Optional"
            maxLength={CANDIDATE_LIMITS.phone}
            {...form.getInputProps('phone')}
          />
        </SimpleGrid>
        <NativeSelect
          label="Role"
          required
          data={roles.map((r) => ({ value: r.id, label: r.title || 'Untitled role' }))}
          {...form.getInputProps('roleId')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label="Source"
            description="Referral, job board, sourced on GitHub…"
            maxLength={CANDIDATE_LIMITS.source}
            {...form.getInputProps('source')}
          />
          <NativeSelect
            label="Stage"
            description="Where they are in the process"
            data={candidateStages.map((s) => ({ value: s, label: candidateStageLabels[s] }))}
            {...form.getInputProps('stage')}
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={() => store().closeForm()}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            {target.mode === 'edit' ? 'Save changes' : 'Add candidate'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
