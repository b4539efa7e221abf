import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { Catalog, CatalogNode, Symptom, Where } from '../../catalog/schema.ts';
import { WHERE_NAMES } from '../../engine/labels.ts';
import { paths } from '../../engine/paths.ts';
import { PageHeading } from '../layout/page-heading.tsx';
import { InlineText } from '../text/inline-text.tsx';
import { useHydrated } from '../use-hydrated.ts';

/** One line of the index: what the reader sees, what it means, and where to go. */
export interface ErrorRow {
  /** Anchor id, stable for a label: `#md5101`. */
  anchor: string;
  label: string;
  where: Where;
  meaning: string;
  /** HTTP statuses this symptom comes with, from the scenarios' symptoms. */
  statuses: number[];
  targets: Array<{ id: string; node: CatalogNode }>;
}

/** Every place a symptom can appear (the keys of WHERE_NAMES: importing the schema's list would ship zod). */
const WHERE_IDS = Object.keys(WHERE_NAMES) as Where[];

const norm = (s: string) => s.toLowerCase().replace(/`/g, '').replace(/\s+/g, ' ').trim();
const slug = (s: string) =>
  norm(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'entry';

/** The parts of a symptom a reader would look up; a symptom is in the index when one of them is. */
function symptomKeys(s: Symptom): string[] {
  const keys = [s.code, s.message, s.details].filter((k): k is string => Boolean(k)).map(norm);
  if (keys.length === 0 && s.status !== undefined) keys.push(String(s.status));
  return keys;
}

/** A label for a symptom the curated index lacks: `400 InvalidInput: Invalid request parameters`. */
function symptomLabel(s: Symptom): string {
  const head = [s.status === undefined ? '' : String(s.status), s.code ?? ''].filter(Boolean).join(' ');
  const body = s.message ?? s.details ?? '';
  return [head, body].filter(Boolean).join(': ');
}

const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

/**
 * Every symptom, grouped by where it appears: the catalog's curated index first, then any symptom of a
 * scenario that no index entry covers (same place, same code or message), so nothing a scenario lists
 * is missing. Rows with the same label in the same place are merged, listing every page they lead to.
 */
export function errorRows(catalog: Catalog): ErrorRow[] {
  const rows: ErrorRow[] = [];
  const byKey = new Map<string, ErrorRow>();
  // Entry anchors never take an id the page already uses (the group headings, the main landmark).
  const anchors = new Set<string>([...WHERE_IDS, 'main', 'page-heading']);
  const anchorFor = (label: string) => {
    const base = slug(label);
    let anchor = base;
    for (let i = 2; anchors.has(anchor); i++) anchor = `${base}-${i}`;
    anchors.add(anchor);
    return anchor;
  };
  const add = (where: Where, label: string, meaning: string, id: string) => {
    const node = catalog.nodes[id];
    if (!node) return;
    const key = `${where}|${norm(label)}`;
    const existing = byKey.get(key);
    if (existing) {
      if (!existing.targets.some((t) => t.id === id)) existing.targets.push({ id, node });
      return;
    }
    const row: ErrorRow = { anchor: anchorFor(label), label, where, meaning, statuses: [], targets: [{ id, node }] };
    byKey.set(key, row);
    rows.push(row);
  };

  for (const entry of catalog.index) add(entry.where, entry.label, entry.meaning, entry.to);

  const scenarios = Object.entries(catalog.nodes).flatMap(([id, n]) => (n.kind === 'scenario' ? [{ id, scenario: n }] : []));
  const curated = [...rows];
  const covered = (where: Where, keys: string[]) =>
    curated.some((r) => r.where === where && keys.some((k) => norm(r.label).includes(k)));
  for (const { id, scenario } of scenarios) {
    for (const s of scenario.symptoms) {
      const keys = symptomKeys(s);
      if (keys.length === 0 || covered(s.where, keys)) continue;
      add(s.where, symptomLabel(s), s.note ? firstSentence(s.note) : scenario.summary, id);
    }
  }

  // Statuses: from every scenario symptom in the same place whose code or message the row's label names.
  for (const row of rows) {
    const label = norm(row.label);
    const statuses = new Set<number>();
    const leading = /^(?:http )?(\d{3})\b/.exec(label)?.[1];
    if (leading) statuses.add(Number(leading));
    for (const { scenario } of scenarios) {
      for (const s of scenario.symptoms) {
        if (s.where !== row.where || s.status === undefined) continue;
        if ([s.code, s.message, s.details].some((k) => k && label.includes(norm(k)))) statuses.add(s.status);
      }
    }
    row.statuses = [...statuses].sort((a, b) => a - b);
  }
  return rows;
}

function matches(row: ErrorRow, words: string[]): boolean {
  const hay = norm([row.label, row.meaning, ...row.statuses.map(String), ...row.targets.map((t) => t.node.title)].join(' '));
  return words.every((w) => hay.includes(w));
}

/** Every symptom in one index, grouped by where it appears, each with its meaning and a link into the tree. */
export function ErrorsPage({ catalog }: { catalog: Catalog }) {
  const hydrated = useHydrated();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const rows = errorRows(catalog);
  const words = norm(filter).split(' ').filter(Boolean);
  const shown = words.length > 0 ? rows.filter((r) => matches(r, words)) : rows;
  const groupOrder: Where[] = [...new Set<Where>([...catalog.start.map((g) => g.where), ...WHERE_IDS])];
  const groups = groupOrder
    .map((where) => ({ where, start: catalog.start.find((g) => g.where === where), rows: shown.filter((r) => r.where === where) }))
    .filter((g) => g.rows.length > 0 || (words.length === 0 && g.start));

  return (
    <div className="errors-index">
      <PageHeading>Error index</PageHeading>
      <p className="lead">
        Every code, status and message the troubleshooter knows ({rows.length} in all), grouped by where you see it. Each
        links to the fix, or to the question that tells the possible causes apart.
      </p>
      {hydrated ? (
        <div className="errors-filter">
          <label htmlFor={filterId}>Filter the index</label>
          <input id={filterId} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} autoComplete="off" spellCheck={false} />
          <p role="status" className="errors-filter-status">
            {words.length > 0 ? `${shown.length} of ${rows.length} entries match.` : ''}
          </p>
        </div>
      ) : null}
      <nav aria-label="Groups" className="toc">
        <ul>
          {groups.map((g) => (
            <li key={g.where}>
              <a href={`#${g.where}`}>{WHERE_NAMES[g.where]}</a> <span className="toc-count">({g.rows.length})</span>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section key={group.where} aria-labelledby={group.where}>
          <h2 id={group.where}>{WHERE_NAMES[group.where]}</h2>
          {group.start ? (
            <p className="errors-group-start">
              Not listed? Start with the question{' '}
              <Link to={paths.question(group.start.start)}>
                <InlineText text={catalog.nodes[group.start.start]?.title ?? group.start.title} />
              </Link>
            </p>
          ) : null}
          <dl className="index-list">
            {group.rows.map((row) => (
              <IndexRow key={row.anchor} row={row} />
            ))}
          </dl>
        </section>
      ))}
      {words.length > 0 && shown.length === 0 ? (
        <p>
          Nothing in the index matches. Try <Link to={paths.search(filter.trim().slice(0, 100))}>searching the whole troubleshooter</Link>.
        </p>
      ) : null}
    </div>
  );
}

function IndexRow({ row }: { row: ErrorRow }) {
  const [first, ...others] = row.targets;
  if (!first) return null;
  return (
    <div className="index-entry" id={row.anchor}>
      <dt>
        <Link to={paths.node(first.node, first.id)}>
          <code>{row.label.replace(/`/g, '')}</code>
        </Link>
        {row.statuses.map((s) => (
          <span key={s} className="badge">
            HTTP {s}
          </span>
        ))}
        <a className="index-anchor" href={`#${row.anchor}`} aria-label={`Link to this entry: ${row.label.replace(/`/g, '')}`}>
          #
        </a>
      </dt>
      <dd>
        <InlineText text={row.meaning} />{' '}
        <span className="index-target">
          {first.node.kind === 'question' ? 'Asks: ' : 'Fix: '}
          <InlineText text={first.node.title} />
          {others.length > 0 ? (
            <>
              {'. Also: '}
              {others.map((t, i) => (
                <span key={t.id}>
                  {i > 0 ? '; ' : null}
                  <Link to={paths.node(t.node, t.id)}>
                    <InlineText text={t.node.title} />
                  </Link>
                </span>
              ))}
            </>
          ) : null}
        </span>
      </dd>
    </div>
  );
}
