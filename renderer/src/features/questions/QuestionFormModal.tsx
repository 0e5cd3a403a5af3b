import { Alert, Button, Fieldset, Group, Kbd, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import {
  archetypes,
  LIMITS,
  labels,
  levels,
  type QuestionDraft,
  questionCategories,
  rounds,
  standardAttributes,
} from '../../../../shared/questions';
import type { AppErrorData } from '../../../../shared/result';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { focusFirstError } from '../../ui/focus-first-error';
import { isMacPlatform } from '../../ui/shortcuts';
import { ANCHOR_MEANINGS } from './labels';
import {
  ChoiceField,
  type FieldChange,
  MinutesField,
  SelectField,
  TagsField,
  TextField,
} from './QuestionFormFields';
import { type FormTarget, useQuestionBankStore } from './question-bank-store';
import {
  ANCHOR_FIELDS,
  checkValues,
  draftFromValues,
  type FieldKey,
  issuesToErrors,
  newQuestionValues,
  type QuestionFormValues,
  valuesFromDraft,
} from './question-form';
import { saveQuestion } from './question-writes';

const options = <T extends string>(values: readonly T[], names: Record<T, string>) =>
  values.map((value) => ({ value, label: names[value] }));

const CATEGORY_OPTIONS = options(questionCategories, labels.category);
const LEVEL_OPTIONS = options(levels, labels.level);
const ARCHETYPE_OPTIONS = options(archetypes, labels.archetype);
const ROUND_OPTIONS = options(rounds, labels.round);
const ATTRIBUTE_SUGGESTIONS = [...standardAttributes];
const ATTRIBUTE_SPLIT = [',', ' '];
const TAG_SPLIT = [','];

/** The create / edit dialog; open while the store has a form target. */
export function QuestionFormModal() {
  const target = useQuestionBankStore((state) => state.form);
  const closeForm = useQuestionBankStore((state) => state.closeForm);
  const [confirming, setConfirming] = useState(false);
  const dirtyRef = useRef(false);

  // A new target is a new form: forget the last one's state.
  const key = target ? (target.mode === 'edit' ? `edit:${target.question.id}` : 'create') : 'closed';
  const [formKey, setFormKey] = useState(key);
  if (formKey !== key) {
    setFormKey(key);
    setConfirming(false);
    dirtyRef.current = false;
  }

  const requestClose = () => {
    if (dirtyRef.current && !confirming) setConfirming(true);
    else if (confirming) setConfirming(false);
    else closeForm();
  };

  return (
    <Modal
      opened={target !== null}
      onClose={requestClose}
      title={target?.mode === 'edit' ? 'Edit question' : 'New question'}
      size="xl"
      closeButtonProps={{ 'aria-label': 'Close' }}
      attributes={{ header: { role: 'none' } }}
    >
      {target ? (
        <QuestionForm
          key={key}
          target={target}
          confirming={confirming}
          onDirtyChange={(dirty) => {
            dirtyRef.current = dirty;
          }}
          onCancel={requestClose}
          onKeepEditing={() => setConfirming(false)}
          onDiscard={() => {
            setConfirming(false);
            closeForm();
          }}
        />
      ) : null}
    </Modal>
  );
}

interface QuestionFormProps {
  target: FormTarget;
  confirming: boolean;
  onDirtyChange(dirty: boolean): void;
  onCancel(): void;
  onKeepEditing(): void;
  onDiscard(): void;
}

function QuestionForm({
  target,
  confirming,
  onDirtyChange,
  onCancel,
  onKeepEditing,
  onDiscard,
}: QuestionFormProps) {
  const filters = useQuestionBankStore((state) => state.filters);
  const form = useForm<QuestionFormValues, QuestionDraft>({
    initialValues: target.mode === 'edit' ? valuesFromDraft(target.question) : newQuestionValues(filters),
    validate: checkValues,
    transformValues: draftFromValues,
  });
  const [submitted, setSubmitted] = useState(false);
  const [formError, setFormError] = useState<{ title: string; error: AppErrorData } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const keepEditingRef = useRef<HTMLButtonElement>(null);
  const { values, errors } = form;

  const dirty = form.isDirty();
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => {
    if (confirming) keepEditingRef.current?.focus();
  }, [confirming]);

  // Stable, so the memoised fields re-render only when their own value or error changes.
  const change = form.setFieldValue as FieldChange;

  // Once a save was tried, the messages follow the typing.
  const { validate: recheck } = form;
  useEffect(() => {
    if (submitted && values) void recheck();
  }, [values, submitted, recheck]);

  const trySave = async (draft: QuestionDraft) => {
    const result = await saveQuestion(target, draft);
    if (result.ok) return;
    const { error } = result;
    if (error.code === 'conflict') {
      setFormError({ title: 'Not saved: this question changed since you opened it', error });
    } else if (error.code === 'bad_input' && error.issues && error.issues.length > 0) {
      const fieldErrors = issuesToErrors(error.issues);
      form.setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setFormError({ title: 'The question was not saved', error });
      focusFirstError(formRef.current, fieldErrors);
    } else {
      setFormError({ title: 'The question was not saved', error });
    }
  };

  const submit = (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (form.submitting) return;
    setSubmitted(true);
    setFormError(null);
    form.onSubmit(
      (checked) => trySave(checked),
      (fieldErrors) => focusFirstError(formRef.current, fieldErrors),
    )(event);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };

  const common = (field: FieldKey) => ({
    field,
    error: errors[field] as string | undefined,
    onChange: change,
  });

  return (
    <form ref={formRef} onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <Stack gap="md">
        {formError ? (
          <ErrorAlert title={formError.title} error={formError.error} onClose={() => setFormError(null)} />
        ) : null}
        <Text size="sm" c="dimmed">
          Every field is needed except the probes, red flags and tags.
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <SelectField
            {...common('category')}
            label="Category"
            value={values.category}
            options={CATEGORY_OPTIONS}
          />
          <TextField
            {...common('topic')}
            label="Topic"
            description={`A few words, up to ${LIMITS.topic} characters.`}
            value={values.topic}
            required
            autoFocus
          />
        </SimpleGrid>
        <TextField {...common('text')} label="Question" value={values.text} rows={2} required />
        <TextField
          {...common('strongAnswer')}
          label="What a strong answer shows"
          value={values.strongAnswer}
          rows={3}
          required
        />
        <Fieldset legend="Rating anchors, from 1 (clearly weak) to 4 (clearly strong)" variant="filled">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {ANCHOR_FIELDS.map((field, index) => (
              <TextField
                key={field}
                {...common(field)}
                label={`Anchor ${index + 1}: ${ANCHOR_MEANINGS[index]?.toLowerCase()}`}
                value={values.anchors[index] ?? ''}
                rows={2}
                required
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextField
            {...common('probes')}
            label="Follow-up probes"
            description="One per line."
            value={values.probes}
            rows={3}
          />
          <TextField
            {...common('redFlags')}
            label="Red flags"
            description="One per line."
            value={values.redFlags}
            rows={3}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <ChoiceField
            {...common('levels')}
            label="Levels"
            value={values.levels}
            options={LEVEL_OPTIONS}
            required
          />
          <ChoiceField
            {...common('archetypes')}
            label="Archetypes"
            value={values.archetypes}
            options={ARCHETYPE_OPTIONS}
            required
          />
          <ChoiceField
            {...common('rounds')}
            label="Rounds"
            value={values.rounds}
            options={ROUND_OPTIONS}
            required
          />
        </SimpleGrid>
        <TagsField
          {...common('attributes')}
          label="Focus attributes"
          description="Pick from the list or type your own: lower-case words joined by hyphens, then Enter."
          value={values.attributes}
          suggestions={ATTRIBUTE_SUGGESTIONS}
          splitChars={ATTRIBUTE_SPLIT}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MinutesField
            {...common('minutes')}
            label="Minutes"
            description="How long it usually takes in the interview."
            value={values.minutes}
            required
          />
          <TagsField
            {...common('tags')}
            label="Tags"
            description="Press Enter or a comma after each tag."
            value={values.tags}
            splitChars={TAG_SPLIT}
          />
        </SimpleGrid>
        {confirming ? (
          <Alert
            color="yellow"
            variant="light"
            role="alertdialog"
            title="Discard your changes to this question?"
          >
            <Group gap="xs">
              <Button ref={keepEditingRef} size="xs" variant="default" onClick={onKeepEditing}>
                Keep editing
              </Button>
              <Button size="xs" color="red" onClick={onDiscard}>
                Discard changes
              </Button>
            </Group>
          </Alert>
        ) : null}
        <Group justify="space-between" wrap="wrap">
          <Text size="xs" c="dimmed">
            <Kbd size="xs">{isMacPlatform() ? '⌘Enter' : 'Ctrl+Enter'}</Kbd> saves, <Kbd size="xs">Esc</Kbd>{' '}
            closes
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              Save question
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
