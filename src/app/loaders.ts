// Route loaders: make sure the catalog is there, and answer 404 for ids it does not hold.
import type { QueryClient } from '@tanstack/react-query';
import { data, redirect, type LoaderFunctionArgs } from 'react-router';
import { catalogQuery } from './catalog-query.ts';
import { TOOLS } from '../catalog/constants.ts';
import { paths } from '../engine/paths.ts';

export type NotFoundData = { kind: 'question' | 'scenario' | 'page'; id: string };

export const catalogLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(catalogQuery);
  return null;
};

export const nodeLoader =
  (queryClient: QueryClient, kind: 'question' | 'scenario') =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const catalog = await queryClient.ensureQueryData(catalogQuery);
    const id = params.id ?? '';
    const node = Object.hasOwn(catalog.nodes, id) ? catalog.nodes[id] : undefined;
    if (!node) throw data<NotFoundData>({ kind, id }, { status: 404 });
    if (node.kind !== kind) throw redirect(paths.node(node, id) + new URL(request.url).search);
    return null;
  };

export const toolLoader = (queryClient: QueryClient) => async ({ params }: LoaderFunctionArgs) => {
  await queryClient.ensureQueryData(catalogQuery);
  const name = params.name ?? '';
  if (!(TOOLS as readonly string[]).includes(name)) throw data<NotFoundData>({ kind: 'page', id: name.slice(0, 100) }, { status: 404 });
  return null;
};

export const notFoundLoader = (queryClient: QueryClient) => async ({ request }: LoaderFunctionArgs) => {
  await queryClient.ensureQueryData(catalogQuery);
  const segment = new URL(request.url).pathname.split('/').filter(Boolean).pop() ?? '';
  throw data<NotFoundData>({ kind: 'page', id: safeDecode(segment).slice(0, 100) }, { status: 404 });
};

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
