"""Reads a .docx back with python-docx and prints what Word would show, as JSON:
the body in order (paragraphs with style name and list numbering; tables cell by cell),
the core properties, and the header and footer text of the first section."""
import json
import sys

import docx
import docx.table
import docx.text.paragraph
from docx.oxml.ns import qn

document = docx.Document(sys.argv[1])
body = []
for child in document.element.body.iterchildren():
    if child.tag == qn('w:p'):
        p = docx.text.paragraph.Paragraph(child, document)
        ppr = child.pPr
        body.append({
            'kind': 'paragraph',
            'style': p.style.name if p.style is not None else None,
            'numbered': ppr is not None and ppr.numPr is not None,
            'text': p.text,
        })
    elif child.tag == qn('w:tbl'):
        table = docx.table.Table(child, document)
        body.append({
            'kind': 'table',
            'rows': [[cell.text for cell in row.cells] for row in table.rows],
            'widths': [col.width for col in table.columns],
        })
props = document.core_properties
section = document.sections[0]
print(json.dumps({
    'body': body,
    'properties': {'title': props.title, 'subject': props.subject, 'author': props.author,
                   'keywords': props.keywords},
    'header': '\n'.join(p.text for p in section.header.paragraphs),
    'footer': '\n'.join(p.text for p in section.footer.paragraphs),
    'page': {'width': section.page_width, 'height': section.page_height,
             'left': section.left_margin, 'right': section.right_margin},
}, ensure_ascii=False))
