// Small helpers for summaries: every value is escaped before it reaches markdown. Values come
// from manifests, the API server and the VM, so they must stay text: no table cell that ends
// early, no heading, link, image, mention, math or raw HTML made of them.
import { escapeControls } from '../log.js';

/** Text inside HTML (a <pre> block): the HTML specials and "|" escaped, control characters visible, newlines kept. */
export function escapeHtml(text: string): string {
  return escapeControls(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\|/g, '&#124;');
}

/**
 * Text inside markdown (table cells, headings, quotes): escapeHtml, plus every character
 * GitHub's markdown acts on within a line as a numeric entity (emphasis, code, links and
 * images, strikethrough, math, @mentions, #references, backslash escapes), and line breaks as
 * <br>, so a value never starts a new block.
 */
export function escapeMarkdown(text: string): string {
  return (
    escapeHtml(text)
      .replace(/[\\`*_[\]~$!]/g, (c) => `&#${c.charCodeAt(0)};`)
      // @user and #123 only mean something after a non-word character (user@host stays as is).
      .replace(/(?<![A-Za-z0-9&])[@#]/g, (c) => `&#${c.charCodeAt(0)};`)
      .replace(/\r\n|\r|\n/g, '<br>')
  );
}

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

export function details(summary: string, body: string): string {
  return `<details><summary>${escapeMarkdown(summary)}</summary>\n\n<pre>${escapeHtml(body)}</pre>\n\n</details>`;
}
