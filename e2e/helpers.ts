import { expect, type Page } from '@playwright/test';
import { catalog, escapeRegExp, shown, type Click } from './catalog.ts';

/** Performs one click of a path the way a reader would: by the link's visible name. */
export async function click(page: Page, step: Click) {
  if (step.on === 'start') {
    const group = page.getByRole('region', { name: step.group });
    const link =
      step.link === 'featured'
        ? group.getByRole('link', { name: new RegExp(`^${escapeRegExp(shown(step.label))}`) })
        : group.getByRole('link', { name: /start with a question/i });
    await link.click();
  } else {
    const answers = page.getByRole('list', { name: 'Answers' });
    await answers.getByRole('link', { name: new RegExp(`^${escapeRegExp(shown(step.label))}`) }).click();
  }
  const node = catalog.nodes[step.to];
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(shown(node?.title ?? ''));
}

/** Fails the test on any console error or uncaught page error. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}
