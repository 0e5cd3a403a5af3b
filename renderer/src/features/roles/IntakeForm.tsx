import { Checkbox, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { KeyboardEvent, ReactNode } from 'react';
import { labels } from '../../../../shared/questions';
import { roleLabels } from '../../../../shared/role-labels';
import { currencies, ROLE_LIMITS, type RoleSpec } from '../../../../shared/roles';
import { useArchetypeBands } from '../comp';
import { ArchetypeCards } from './ArchetypeCards';
import { fieldId, Hint, ListField, MoneyInput, SelectField, TextField } from './fields';
import classes from './roles.module.css';
import { useRolesStore } from './roles-store';
import { StackPicker } from './StackPicker';

const FOCUSABLE =
  'input:not([type="hidden"]):not([tabindex="-1"]), textarea, select, button:not([tabindex="-1"])';

/** Enter in a one-line field moves on to the next field, as on a paper form filled at speed. */
function enterMovesOn(event: KeyboardEvent<HTMLFormElement>): void {
  const target = event.target as HTMLElement;
  if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey) return;
  if (!target.hasAttribute('data-enter-next')) return;
  event.preventDefault();
  const fields = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.hasAttribute('disabled') && el.offsetParent !== null,
  );
  fields[fields.indexOf(target) + 1]?.focus();
}

function Section({
  title,
  children,
  description,
}: {
  title: string;
  children: ReactNode;
  description?: string;
}) {
  return (
    <Paper withBorder radius="md" p="md" component="section">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h5">
            {title}
          </Title>
          {description ? (
            <Text size="xs" c="dimmed">
              {description}
            </Text>
          ) : null}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}

/** The intake form, in the order a call with a hiring manager usually goes. Every field saves itself. */
export function IntakeForm() {
  // Each field subscribes to its own value, so a keystroke re-renders one field, not the form.
  const level = useRolesStore((s) => s.draft?.level ?? null);
  const bands = useArchetypeBands(level);
  return (
    <form
      aria-label="Intake"
      onSubmit={(e) => e.preventDefault()}
      onKeyDown={enterMovesOn}
      noValidate
      autoComplete="off"
    >
      <Stack gap="md">
        <Paper withBorder radius="md" p="md" className={classes.question} component="section">
          <Stack gap="sm">
            <Title order={2} size="h4">
              Which surface will this developer own in week one, and which not?
            </Title>
            <Text size="sm" c="dimmed">
              Ask it first and write the answer down in the manager's words. A search scoped to one surface
              fills in weeks; one that covers everything drags on for months.
            </Text>
            <TextField field="owns" label="Owns in week one" multiline autoFocus />
            <TextField field="notOwned" label="Will not own" multiline />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextField field="service" label="Named service or system" placeholder="e.g. the claims API" />
              <TextField field="scale" label="Its scale" placeholder="e.g. 2 million requests a day" />
            </SimpleGrid>
          </Stack>
        </Paper>

        <ArchetypeCards bands={bands} />

        <Section title="The role">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextField field="title" label="Title" placeholder="e.g. Senior Backend Engineer" />
            <TextField field="qualifier" label="Qualifier" placeholder="e.g. Go, APIs, Data Platform" />
            <SelectField field="level" label="Level" options={labels.level} />
            <SelectField field="engagement" label="Engagement" options={roleLabels.engagement} />
          </SimpleGrid>
          <SpecialtyField />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <SelectField field="status" label="Status" options={roleLabels.status} />
            <TextField field="targetStart" label="Target start" placeholder="YYYY-MM-DD" />
          </SimpleGrid>
        </Section>

        <Section title="Team and company">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextField field="company" label="Company" />
            <SelectField field="industry" label="Industry" options={roleLabels.industry} />
            <SelectField field="environment" label="Environment" options={roleLabels.environment} />
            <TextField field="partnerTeam" label="Partner team" />
            <TextField
              field="managerTitle"
              label="Manager's title"
              placeholder="e.g. Director of Engineering"
            />
            <TextField field="reportsTo" label="Reports through" placeholder="e.g. Data Platform" />
            <TextField field="hiringManager" label="Hiring manager" />
          </SimpleGrid>
          <TextField
            field="companyBlurb"
            label="About the company"
            multiline
            description="Four sentences at most."
          />
        </Section>

        <Section title="Where and how">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <SelectField field="workMode" label="Work mode" options={roleLabels.workMode} />
            <TextField field="city" label="City" />
            <TextField field="state" label="State" placeholder="e.g. MA" />
            <TextField field="metro" label="Metro" placeholder="e.g. Boston" />
          </SimpleGrid>
          <TextField
            field="releaseCadence"
            label="Release cadence"
            placeholder="e.g. continuous deployment, weekly release train"
          />
        </Section>

        <Section title="Stack" description="Name the stack. One primary language and at most one secondary.">
          <StackPicker />
        </Section>

        <Section title="The work">
          <ListField
            field="first90Days"
            label="First 90 days"
            description="One item per line: what they will build or fix, naming the service."
            counter={(n) => <Hint>{n === 6 ? 'Six items: right.' : `${n} of six items.`}</Hint>}
          />
          <ListField
            field="mustHaves"
            label="Must-haves"
            description="One per line, four to six."
            counter={(n) =>
              n > ROLE_LIMITS.mustHavesAdvised ? (
                <Hint tone="warning">
                  {n} must-haves: more than six turns strong generalists away. Move the rest to preferred.
                </Hint>
              ) : (
                <Hint>{n} of 4-6 must-haves.</Hint>
              )
            }
          />
          <ListField field="preferred" label="Preferred" description="One per line." />
        </Section>

        <Section title="Pay and benefits">
          <PayFields />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextField
              field="bonusEquity"
              label="Bonus and equity"
              placeholder="e.g. 10% target bonus, no equity"
            />
          </SimpleGrid>
          <TextField field="benefits" label="Benefits" multiline />
        </Section>

        <Section title="Notes">
          <TextField field="notes" label="Notes from the call" multiline />
        </Section>
      </Stack>
    </form>
  );
}

function SpecialtyField() {
  const level = useRolesStore((s) => s.draft?.level ?? null);
  const checked = useRolesStore((s) => s.draft?.specialty ?? false);
  const edit = useRolesStore((s) => s.edit);
  if (level !== 'senior' && level !== 'lead') return null;
  return (
    <Checkbox
      id={fieldId('specialty')}
      label="Senior specialty: distributed-systems depth, payments or ledger work, or AI features shipped on a service"
      checked={checked}
      onChange={(e) => edit('specialty', e.currentTarget.checked)}
    />
  );
}

function PayFields() {
  const pay = useRolesStore((s) => s.draft?.pay);
  const error = useRolesStore((s) => s.fieldErrors.pay);
  const edit = useRolesStore((s) => s.edit);
  if (!pay) return null;
  return (
    <div>
      <Text size="sm" fw={500} mb={4}>
        Posted base range
      </Text>
      <SimpleGrid cols={3} spacing="sm">
        <MoneyInput
          id={fieldId('pay-min')}
          label="Pay from"
          value={pay.min}
          onChange={(min) => edit('pay', { ...pay, min })}
        />
        <MoneyInput
          id={fieldId('pay-max')}
          label="Pay to"
          value={pay.max}
          onChange={(max) => edit('pay', { ...pay, max })}
        />
        <NativeSelect
          id={fieldId('pay-currency')}
          label="Currency"
          value={pay.currency}
          data={[...currencies]}
          onChange={(e) =>
            edit('pay', { ...pay, currency: e.currentTarget.value as RoleSpec['pay']['currency'] })
          }
        />
      </SimpleGrid>
      {error ? (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      ) : null}
    </div>
  );
}
