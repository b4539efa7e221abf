// One route table for the browser and the prerender; only the DataSource differs. The URLs are the
// public contract: every question and scenario keeps its address.
import type { RouteObject } from 'react-router';
import type { DataSource } from './data.ts';
import { Layout } from './layout.tsx';
import { fixedLoader, nodeLoader, notFoundLoader, toolLoader } from './loaders.ts';
import { ErrorsRoute } from './routes/errors.tsx';
import { HomeRoute } from './routes/home.tsx';
import { QuestionRoute } from './routes/question.tsx';
import { RouteError } from './routes/route-error.tsx';
import { ScenarioRoute } from './routes/scenario.tsx';

export function createRoutes(source: DataSource): RouteObject[] {
  return [
    {
      id: 'root',
      element: <Layout />,
      children: [
        {
          id: 'pages',
          errorElement: <RouteError />,
          children: [
            { id: 'home', index: true, loader: fixedLoader(source, '/'), element: <HomeRoute /> },
            { id: 'errors', path: 'errors', loader: fixedLoader(source, '/errors'), element: <ErrorsRoute /> },
            { id: 'question', path: 'question/:id', loader: nodeLoader(source, 'question'), element: <QuestionRoute /> },
            { id: 'scenario', path: 'scenario/:id', loader: nodeLoader(source, 'scenario'), element: <ScenarioRoute /> },
            { id: 'search', path: 'search', loader: fixedLoader(source, '/search'), lazy: () => import('./routes/search.tsx') },
            { id: 'map', path: 'map', loader: fixedLoader(source, '/map'), lazy: () => import('./routes/map.tsx') },
            { id: 'tool', path: 'tools/:name', loader: toolLoader(source), lazy: () => import('./routes/tool.tsx') },
            { id: 'not-found', path: '*', loader: notFoundLoader(source), element: null },
          ],
        },
      ],
    },
  ];
}
