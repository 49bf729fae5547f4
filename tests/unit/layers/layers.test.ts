import { describe, expect, it } from 'vitest';
import { importsOf, layerViolations, readSources } from '../../support/layers';

const root = process.cwd();

describe('the layer rule over the source tree', () => {
  it('src/tools and src/lib never import build-time code, and src/lib never imports Preact', () => {
    const files = [...readSources(root, 'src/lib'), ...readSources(root, 'src/tools')];
    expect(files.length).toBeGreaterThan(20);
    expect(layerViolations(files)).toEqual([]);
  });
});

describe('layerViolations', () => {
  it('names the file and line of a tool importing src/content, and allows type-only imports', () => {
    const problems = layerViolations([
      { path: 'src/tools/x/model.ts', text: "import type { A } from '../../content/worksheet-schema';\nimport { site } from '../../content/site-config';\n" },
    ]);
    expect(problems).toEqual([expect.stringMatching(/^src\/tools\/x\/model\.ts:2: imports "\.\.\/\.\.\/content\/site-config"/)]);
  });

  it('catches Preact, node and astro:content in src/lib, static or dynamic', () => {
    const problems = layerViolations([
      { path: 'src/lib/a.ts', text: "import { h } from 'preact';\nexport { useState } from 'preact/hooks';\nconst fs = await import('node:fs');\nimport { getCollection } from 'astro:content';\n" },
    ]);
    expect(problems.map((p) => p.split(':')[1])).toEqual(['1', '2', '4', '3']);
  });

  it('lets tools use Preact and src/lib, and leaves other folders alone', () => {
    expect(
      layerViolations([
        { path: 'src/tools/x/View.tsx', text: "import { useState } from 'preact/hooks';\nimport { isIsoDate } from '../../lib/dates';\n" },
        { path: 'src/pages/x.astro.ts', text: "import { site } from '../content/site-config';\n" },
      ]),
    ).toEqual([]);
  });
});

describe('importsOf', () => {
  it('reads multi-name, re-export, side-effect and type imports', () => {
    const refs = importsOf("import a, { b, c } from './a';\nexport * from './b';\nimport './c.css';\nimport type { D } from './d';\n");
    expect(refs.map((r) => [r.spec, r.typeOnly])).toEqual([
      ['./a', false],
      ['./b', false],
      ['./c.css', false],
      ['./d', true],
    ]);
  });
});
