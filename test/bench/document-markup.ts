import type { DocumentModel, TextRun } from '../../shared/domain/documents/model';
import { prepareForWriting } from '../../shared/domain/documents/text';

/**
 * The same document as Markdown (for pandoc) and as HTML (for Chromium's page.pdf()): the
 * inputs a person would feed the tools they reach for without Reqdesk. Bench only.
 */

const escapeMd = (s: string) => s.replace(/([\\*_[\]#|`<>])/g, '\\$1');
const mdRuns = (runs: TextRun[]) =>
  runs
    .map((r) => {
      const t = escapeMd(r.text);
      if (r.bold && r.italic) return `***${t}***`;
      if (r.bold) return `**${t}**`;
      if (r.italic) return `*${t}*`;
      return t;
    })
    .join('');

export function toMarkdown(input: DocumentModel): string {
  const model = prepareForWriting(input);
  const out: string[] = [`---\ntitle: "${model.metadata.title.replace(/"/g, '\\"')}"\n---`];
  for (const b of model.blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${escapeMd(b.text)}`);
        break;
      case 'paragraph':
        out.push(mdRuns(b.runs));
        break;
      case 'list':
        out.push(
          b.items
            .flatMap((item, i) => [
              `${b.style === 'bullet' ? '-' : `${i + 1}.`} ${mdRuns(item.runs)}`,
              ...(item.sublist?.items.map(
                (s, j) => `    ${item.sublist?.style === 'number' ? `${j + 1}.` : '-'} ${mdRuns(s.runs)}`,
              ) ?? []),
            ])
            .join('\n'),
        );
        break;
      case 'table':
      case 'keyValue': {
        const header = b.kind === 'table' ? b.columns.map((c) => escapeMd(c.header)) : ['', ''];
        const rows =
          b.kind === 'table'
            ? b.rows.map((r) => r.map(mdRuns))
            : b.entries.map((e) => [escapeMd(e.key), mdRuns(e.value)]);
        out.push(
          [
            `| ${header.join(' | ')} |`,
            `|${header.map(() => '---').join('|')}|`,
            ...rows.map((r) => `| ${r.join(' | ')} |`),
          ].join('\n'),
        );
        break;
      }
      case 'pageBreak':
        out.push('\\newpage');
        break;
      case 'writingSpace':
      case 'guidance':
        break;
    }
  }
  return `${out.join('\n\n')}\n`;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const htmlRuns = (runs: TextRun[]) =>
  runs
    .map((r) => {
      let t = esc(r.text);
      if (r.italic) t = `<em>${t}</em>`;
      if (r.bold) t = `<strong>${t}</strong>`;
      return t;
    })
    .join('');

export function toHtml(input: DocumentModel): string {
  const model = prepareForWriting(input);
  const body: string[] = [];
  for (const b of model.blocks) {
    switch (b.kind) {
      case 'heading':
        body.push(`<h${b.level}>${esc(b.text)}</h${b.level}>`);
        break;
      case 'paragraph':
        body.push(`<p>${htmlRuns(b.runs)}</p>`);
        break;
      case 'list': {
        const tag = b.style === 'bullet' ? 'ul' : 'ol';
        const items = b.items.map((item) => {
          const sub = item.sublist;
          const inner = sub
            ? `<${sub.style === 'bullet' ? 'ul' : 'ol type="a"'}>${sub.items.map((s) => `<li>${htmlRuns(s.runs)}</li>`).join('')}</${sub.style === 'bullet' ? 'ul' : 'ol'}>`
            : '';
          return `<li>${htmlRuns(item.runs)}${inner}</li>`;
        });
        body.push(`<${tag}>${items.join('')}</${tag}>`);
        break;
      }
      case 'table':
        body.push(
          `<table><thead><tr>${b.columns.map((c) => `<th>${esc(c.header)}</th>`).join('')}</tr></thead><tbody>${b.rows
            .map((r) => `<tr>${r.map((c) => `<td>${htmlRuns(c)}</td>`).join('')}</tr>`)
            .join('')}</tbody></table>`,
        );
        break;
      case 'keyValue':
        body.push(
          `<dl>${b.entries.map((e) => `<dt>${esc(e.key)}</dt><dd>${htmlRuns(e.value)}</dd>`).join('')}</dl>`,
        );
        break;
      case 'pageBreak':
        body.push('<div style="break-after: page"></div>');
        break;
      case 'writingSpace':
      case 'guidance':
        break;
    }
  }
  const css = `body{font-family:'Noto Sans',sans-serif;font-size:10.5pt;color:#1f1f1f}
h1,h2,h3{color:#1f3864;break-after:avoid}table{border-collapse:collapse;width:100%}
th,td{border:0.5pt solid #b8c2d0;padding:3pt 5pt;text-align:left}th{background:#e9eef5}
dl{display:grid;grid-template-columns:28% 1fr}dt{font-weight:bold;color:#5f6670}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(model.metadata.title)}</title><style>${css}</style></head><body>${body.join('\n')}</body></html>`;
}
