// Integrity checks the schema cannot express: references resolve, every node is reachable from the
// start page, the tree has no cycle (so every path ends at a scenario), ids are unique, patterns compile.
import type { Catalog, CatalogNode } from './schema.ts';

/** One thing wrong with the catalog: where (a JSON path) and what to do about it. */
export interface Problem {
  /** JSONPath-style location, e.g. `$.nodes.md1000.steps[2].nav`. */
  path: string;
  message: string;
}

const prop = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`);

/** Formats a path of keys and indices as `$.nodes["access-denied"].answers[0].next`. */
export function jsonPath(parts: ReadonlyArray<PropertyKey>): string {
  return `$${parts.map((p) => (typeof p === 'number' ? `[${p}]` : prop(String(p)))).join('')}`;
}

/** The ids a node points at along the tree (answers), which must form a DAG ending at scenarios. */
export function treeEdges(node: CatalogNode): string[] {
  switch (node.kind) {
    case 'question':
      return node.answers.map((a) => a.next);
    case 'scenario':
      return [];
    default: {
      const never: never = node;
      return never;
    }
  }
}

/** Roots of the tree: the start groups' first questions and every index entry's target. */
export function rootIds(catalog: Catalog): string[] {
  return [...new Set([...catalog.start.map((g) => g.start), ...catalog.index.map((e) => e.to)])];
}

export function checkIntegrity(catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set(Object.keys(catalog.nodes));
  const ref = (id: string, parts: PropertyKey[], what: string) => {
    if (!ids.has(id)) {
      problems.push({
        path: jsonPath(parts),
        message: `${what} "${id}" is not a node id. Add a node "${id}" under $.nodes or point to an existing id.`,
      });
    }
  };

  catalog.start.forEach((g, i) => ref(g.start, ['start', i, 'start'], 'start question'));
  catalog.index.forEach((e, i) => ref(e.to, ['index', i, 'to'], 'index target'));
  const wheres = new Set<string>();
  catalog.start.forEach((g, i) => {
    if (wheres.has(g.where)) {
      problems.push({ path: jsonPath(['start', i, 'where']), message: `start group "${g.where}" appears twice. Merge the two groups.` });
    }
    wheres.add(g.where);
  });

  for (const [id, node] of Object.entries(catalog.nodes)) {
    const base: PropertyKey[] = ['nodes', id];
    if (node.kind === 'question') {
      const seen = new Set<string>();
      node.answers.forEach((a, i) => {
        ref(a.next, [...base, 'answers', i, 'next'], 'answer target');
        if (a.next === id) {
          problems.push({
            path: jsonPath([...base, 'answers', i, 'next']),
            message: `answer "${a.id}" leads back to its own question. Point it to another node.`,
          });
        }
        if (seen.has(a.id)) {
          problems.push({
            path: jsonPath([...base, 'answers', i, 'id']),
            message: `answer id "${a.id}" is used twice in this question. Answer ids must be unique within a question.`,
          });
        }
        seen.add(a.id);
      });
    } else {
      const seen = new Set<string>();
      node.checklist.forEach((c, i) => {
        if (seen.has(c.id)) {
          problems.push({
            path: jsonPath([...base, 'checklist', i, 'id']),
            message: `checklist id "${c.id}" is used twice. Checklist ids must be unique within a scenario.`,
          });
        }
        seen.add(c.id);
      });
      node.seeAlso?.forEach((s, i) => {
        ref(s, [...base, 'seeAlso', i], 'see-also');
        if (s === id)
          problems.push({ path: jsonPath([...base, 'seeAlso', i]), message: 'a scenario lists itself under seeAlso. Remove it.' });
      });
      const sourceUrls = new Set(node.sources.map((s) => s.url));
      node.symptoms.forEach((s, i) => {
        if (s.source !== undefined && !sourceUrls.has(s.source)) {
          problems.push({
            path: jsonPath([...base, 'symptoms', i, 'source']),
            message: `symptom source "${s.source}" is not one of this scenario's sources. Add it under sources or point to a listed URL.`,
          });
        }
      });
    }
    node.match?.rules.forEach((r, i) => checkPattern(r.pattern, [...base, 'match', 'rules', i, 'pattern'], problems));
  }
  catalog.outside?.forEach((o, oi) =>
    o.match.rules.forEach((r, i) => checkPattern(r.pattern, ['outside', oi, 'match', 'rules', i, 'pattern'], problems)),
  );

  if (problems.length === 0) {
    problems.push(...checkCycles(catalog), ...checkReachable(catalog));
  }
  return problems;
}

function checkPattern(pattern: string | undefined, parts: PropertyKey[], problems: Problem[]) {
  if (pattern === undefined) return;
  try {
    new RegExp(pattern, 'i');
  } catch (error) {
    problems.push({
      path: jsonPath(parts),
      message: `pattern does not compile (${(error as Error).message}). Fix the regular expression.`,
    });
  }
}

function checkCycles(catalog: Catalog): Problem[] {
  const state = new Map<string, 'open' | 'done'>();
  const problems: Problem[] = [];
  const visit = (id: string, trail: string[]) => {
    const s = state.get(id);
    if (s === 'done') return;
    if (s === 'open') {
      const loop = [...trail.slice(trail.indexOf(id)), id];
      problems.push({
        path: jsonPath(['nodes', id]),
        message: `the tree loops: ${loop.join(' -> ')}. Every path must end at a scenario; point one of these answers elsewhere.`,
      });
      return;
    }
    state.set(id, 'open');
    const node = catalog.nodes[id];
    if (node) for (const next of treeEdges(node)) visit(next, [...trail, id]);
    state.set(id, 'done');
  };
  for (const id of Object.keys(catalog.nodes)) visit(id, []);
  return problems;
}

function checkReachable(catalog: Catalog): Problem[] {
  const seen = new Set<string>();
  const queue = rootIds(catalog);
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    const node = catalog.nodes[id];
    if (node) queue.push(...treeEdges(node));
  }
  return Object.keys(catalog.nodes)
    .filter((id) => !seen.has(id))
    .map((id) => ({
      path: jsonPath(['nodes', id]),
      message: `node "${id}" cannot be reached from the start page. Add an answer or an index entry that leads to it, or remove it.`,
    }));
}
