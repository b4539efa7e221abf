// The bundle floor `npm run bench` compares the app against: React 19 + React Router (data mode) +
// TanStack Query, one route whose loader and useSuspenseQuery read one JSON file via fetch. Nothing else.
import { QueryClient, QueryClientProvider, queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import dataUrl from './data.json?url';

interface Data {
  title: string;
  items: { id: string; label: string }[];
}

const dataQuery = queryOptions({
  queryKey: ['data'],
  queryFn: async (): Promise<Data> => {
    const response = await fetch(dataUrl);
    if (!response.ok) throw new Error(`${dataUrl} answered ${response.status}`);
    return (await response.json()) as Data;
  },
  staleTime: Infinity,
});

const queryClient = new QueryClient();

function Page() {
  const { data } = useSuspenseQuery(dataQuery);
  return (
    <main>
      <h1>{data.title}</h1>
      <ul aria-label="Items">
        {data.items.map((item) => (
          <li key={item.id}>{item.label}</li>
        ))}
      </ul>
    </main>
  );
}

const router = createBrowserRouter([{ path: '/', loader: () => queryClient.ensureQueryData(dataQuery), element: <Page /> }]);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
