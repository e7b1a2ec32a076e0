import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelsMarkdown } from '../../scripts/labelsDoc.js';
import { LABELS } from '../../src/index.js';

describe('docs/labels.md', () => {
  it('is up to date with LABELS (npm run docs:labels)', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../../docs/labels.md'), 'utf8');
    expect(committed).toBe(labelsMarkdown());
  });

  it('shows every field of every type', () => {
    const text = labelsMarkdown();
    for (const table of Object.values(LABELS.fields)) {
      for (const [path, label] of Object.entries(table)) expect(text).toContain(`| \`${path}\` | ${label.zh} |`);
    }
  });
});
