// The web app renders what the API returns as text: React escapes it, and no
// web code opens a way around that (raw HTML injection, Markdown or HTML
// renderers, script evaluation). With the API returning data, never markup
// (see stored-xss.int.spec.ts in the registry), stored payloads stay inert.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../../..');
const WEB_SOURCES = ['apps/web/src', 'libs/ui/src'];

const RAW_HTML = [
  /dangerouslySetInnerHTML/,
  /\.(innerHTML|outerHTML)\s*=/,
  /insertAdjacentHTML/,
  /document\.write/,
  /\bsrcDoc\b/,
  /\beval\(|new Function\(/,
  /href=\{?["'`]javascript:/i,
];
const HTML_RENDERERS = /from ['"](react-markdown|marked|markdown-it|remark[\w-]*|rehype-raw|html-react-parser|dompurify|sanitize-html)['"]/;

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
      return /\.(tsx?|jsx?)$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name) ? [path] : [];
    }),
  );
  return nested.flat();
}

async function webSources(): Promise<string[]> {
  const modules = (await readdir(join(root, 'libs/modules'))).map((id) => `libs/modules/${id}/web/src`);
  return (await Promise.all([...WEB_SOURCES, ...modules].map((folder) => sourceFiles(join(root, folder))))).flat();
}

describe('the web app renders text, never HTML from data', () => {
  it('has no raw HTML injection, script evaluation, javascript: link, Markdown or HTML renderer in its code', async () => {
    const files = await webSources();
    expect(files.length).toBeGreaterThan(50);
    const findings: string[] = [];
    for (const file of files) {
      const source = await readFile(file, 'utf8');
      for (const pattern of [...RAW_HTML, HTML_RENDERERS]) {
        if (pattern.test(source)) findings.push(`${relative(root, file)}: ${pattern}`);
      }
    }
    expect(findings).toEqual([]);
  });
});
