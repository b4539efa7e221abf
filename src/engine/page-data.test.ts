import { describe, expect, it } from 'vitest';
import { loadCatalogFile } from '../catalog/load-file.ts';
import { rulesCatalog } from './analyzer/rules-catalog.ts';
import { dataFiles } from './data-files.ts';
import { filterRows } from './error-index.ts';
import { outline } from './outline.ts';
import { pageData, pageDataFile } from './page-data.ts';
import { sitePages } from './site-paths.ts';

const catalog = loadCatalogFile();

describe('the data each page carries', () => {
  it('exists for every page of the site, and for nothing else', () => {
    for (const { path } of sitePages(catalog)) expect(pageData(catalog, path), path).not.toBeNull();
    for (const path of ['/scenario/no-such-id', '/question/md5101', '/tools/nope', '/elsewhere', '/errors/x']) {
      expect(pageData(catalog, path), path).toBeNull();
    }
  });

  it('gives a question every page its answers lead to, and a scenario its see-also pages', () => {
    for (const [id, node] of Object.entries(catalog.nodes)) {
      const data = pageData(catalog, `/${node.kind}/${id}`);
      if (data?.page === 'question' && node.kind === 'question') {
        for (const answer of node.answers)
          expect(data.targets[answer.next]?.title, `${id} -> ${answer.next}`).toBe(catalog.nodes[answer.next]?.title);
      } else if (data?.page === 'scenario' && node.kind === 'scenario') {
        expect(data.related.map((r) => r.id)).toEqual(node.seeAlso ?? []);
        expect(data.scenario).toEqual(node);
      } else {
        throw new Error(`${id}: no data of its kind`);
      }
    }
  });

  it('never carries the whole catalog: each page data is under a fifth of it', () => {
    const whole = JSON.stringify(catalog).length;
    for (const { path } of sitePages(catalog)) expect(JSON.stringify(pageData(catalog, path)).length, path).toBeLessThan(whole / 5);
  });

  it('is written to one file per page, plus the outline, the analyzer rules and the whole catalog', () => {
    expect(pageDataFile('/')).toBe('pages/index.json');
    expect(pageDataFile('/scenario/md5101')).toBe('pages/scenario/md5101.json');
    expect(pageDataFile('/tools/region')).toBe('pages/tools/region.json');
    const files = dataFiles(catalog);
    expect(files.size).toBe(sitePages(catalog).length + 3);
    expect(JSON.parse(files.get('outline.json') ?? '')).toEqual(outline(catalog));
    expect(JSON.parse(files.get('catalog.json') ?? '')).toEqual(catalog);
    expect(JSON.parse(files.get('analyzer.json') ?? '')).toEqual(rulesCatalog(catalog));
  });
});

describe('the error index', () => {
  const data = pageData(catalog, '/errors');
  const rows = data?.page === 'errors' ? data.index.rows : [];

  it('links every row to pages that exist, with their titles', () => {
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      expect(row.targets.length, row.label).toBeGreaterThan(0);
      for (const t of row.targets) expect(catalog.nodes[t.id]?.title).toBe(t.title);
    }
  });

  it('filters on every word, in any case, across labels, meanings, statuses and titles', () => {
    const md5101 = filterRows(rows, 'md5101');
    expect(md5101.length).toBeGreaterThan(0);
    expect(md5101.every((r) => /md5101/i.test(r.label + r.meaning + r.targets.map((t) => t.title).join(' ')))).toBe(true);
    expect(filterRows(rows, '  ')).toBe(rows);
    expect(filterRows(rows, 'zzzz-not-there')).toEqual([]);
  });
});
