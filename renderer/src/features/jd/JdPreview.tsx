import { Paper, Title } from '@mantine/core';
import type { Block, TextRun } from '../../../../shared/domain/documents/model';
import { jdDocument } from '../../../../shared/domain/jd/generate/jd-document';
import type { JdSection } from '../../../../shared/jd';
import classes from './jd.module.css';
import { type JdDrafts, splitPlaceholders } from './jd-text';

function Highlighted({ text }: { text: string }) {
  return (
    <>
      {splitPlaceholders(text).map((part, i) =>
        part.placeholder ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed string, in order
          <mark key={i} className={classes.placeholder}>
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

const runsText = (runs: TextRun[]) => runs.map((r) => r.text).join('');

function PreviewBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading':
      return (
        <Title
          order={(block.level + 1) as 2 | 3 | 4}
          size={block.level === 1 ? 'h3' : block.level === 2 ? 'h5' : 'h6'}
        >
          <Highlighted text={block.text} />
        </Title>
      );
    case 'paragraph':
      return (
        <p>
          <Highlighted text={runsText(block.runs)} />
        </p>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item, j) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: items of one list, in order
            <li key={j}>
              <Highlighted text={runsText(item.runs)} />
            </li>
          ))}
        </ul>
      );
    default:
      return null;
  }
}

/**
 * The JD laid out by the same document model the DOCX and PDF writers get: the title as the
 * heading, each section under its heading, "- " lines as bullets, no writing notes. Read-only.
 */
export function JdPreview({
  sections,
  drafts,
  company,
}: {
  sections: JdSection[];
  drafts: JdDrafts;
  company: string;
}) {
  const model = jdDocument(
    sections.map((s) => ({ id: s.id, heading: s.heading, text: drafts[s.id] ?? '' })),
    { company },
  );
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Preview" className={classes.preview}>
      {model.blocks.map((block, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: blocks of one document, in order
        <PreviewBlock key={i} block={block} />
      ))}
    </Paper>
  );
}
