// Turns an unknown value into a Catalog, or into a list of problems that each name a JSON path and a fix.
import * as z from 'zod/mini';
import { Catalog } from './schema.ts';
import { checkIntegrity, jsonPath, type Problem } from './integrity.ts';

export type CatalogResult = { ok: true; catalog: Catalog } | { ok: false; problems: Problem[] };

export function validateCatalog(value: unknown): CatalogResult {
  const parsed = z.safeParse(Catalog, value);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map(toProblem) };
  }
  const problems = checkIntegrity(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, catalog: parsed.data };
}

function toProblem(issue: z.core.$ZodIssue): Problem {
  const path = jsonPath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return {
        path,
        message:
          issue.input === undefined
            ? `is missing: add a ${issue.expected} here.`
            : `should be a ${issue.expected}, not ${describe(issue.input)}.`,
      };
    case 'unrecognized_keys':
      return {
        path,
        message: `has unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove or rename them (see catalog.schema.json).`,
      };
    case 'invalid_value':
      return { path, message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.` };
    case 'invalid_key':
      return { path, message: `is not a valid id: it ${issue.issues[0]?.message ?? 'must be URL-safe'}.` };
    case 'invalid_union':
      return { path, message: 'does not match any node kind: set "kind" to "question" or "scenario" and give that kind\'s fields.' };
    default:
      return { path, message: `${issue.message}.` };
  }
}

function describe(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  return typeof input === 'object' ? 'an object' : `${typeof input} ${JSON.stringify(input)}`;
}

/** One line per problem, prefixed with the file, for build logs and test failures. */
export function formatProblems(file: string, problems: ReadonlyArray<Problem>): string {
  return problems.map((p) => `${file}: ${p.path}: ${p.message}`).join('\n');
}
