// One route table for the browser and the prerender. URLs here are the public contract in product.md.
import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { Layout } from './layout.tsx';
import { catalogLoader, nodeLoader, notFoundLoader, toolLoader } from './loaders.ts';
import { ErrorsRoute } from './routes/errors.tsx';
import { HomeRoute } from './routes/home.tsx';
import { QuestionRoute } from './routes/question.tsx';
import { RouteError } from './routes/route-error.tsx';
import { ScenarioRoute } from './routes/scenario.tsx';

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const withCatalog = catalogLoader(queryClient);
  return [
    {
      id: 'root',
      element: <Layout />,
      children: [
        {
          id: 'pages',
          errorElement: <RouteError />,
          children: [
            { id: 'home', index: true, loader: withCatalog, element: <HomeRoute /> },
            { id: 'errors', path: 'errors', loader: withCatalog, element: <ErrorsRoute /> },
            { id: 'question', path: 'question/:id', loader: nodeLoader(queryClient, 'question'), element: <QuestionRoute /> },
            { id: 'scenario', path: 'scenario/:id', loader: nodeLoader(queryClient, 'scenario'), element: <ScenarioRoute /> },
            { id: 'search', path: 'search', loader: withCatalog, lazy: () => import('./routes/search.tsx') },
            { id: 'map', path: 'map', loader: withCatalog, lazy: () => import('./routes/map.tsx') },
            { id: 'tool', path: 'tools/:name', loader: toolLoader(queryClient), lazy: () => import('./routes/tool.tsx') },
            { id: 'not-found', path: '*', loader: notFoundLoader(queryClient), element: null },
          ],
        },
      ],
    },
  ];
}
