// The map: every node of the tree as an SVG link and in the text outline, pan and zoom, the trail marked.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { catalog, escapeRegExp, shortestClicks, shown } from './catalog.ts';
import { watchConsole } from './helpers.ts';

const diagram = (page: Page) => page.getByRole('group', { name: /^Decision map/ });
const outline = (page: Page) => page.getByRole('region', { name: 'Outline of the tree' });
const transform = (page: Page) => page.locator('svg.map-svg > g').getAttribute('transform');
const nodes = Object.entries(catalog.nodes);

/** A node reached through two or more answers, with its trail. */
function deepTrail() {
  for (const [id, path] of shortestClicks()) {
    const answers = path.flatMap((c) => (c.on === 'question' ? [c] : []));
    if (answers.length >= 2) return { id, answers, trail: answers.map((c) => `${c.question}.${c.answer}`).join('_') };
  }
  throw new Error('the catalog has no node two answers deep');
}

async function ready(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

test('every scenario and question is a link in the diagram and in the outline', async ({ page }) => {
  const errors = watchConsole(page);
  await ready(page, '/map');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Decision map');
  for (const [id, node] of nodes) {
    const path = `/${node.kind}/${id}`;
    // The accessible name starts with the visible text (kind, then title), as axe's label-content-name-mismatch wants.
    const name = new RegExp(`^(Question|Fix): ${escapeRegExp(shown(node.title))}( \\(|$)`);
    const inDiagram = diagram(page).getByRole('link', { name });
    await expect(inDiagram, `${id} in the diagram`).toHaveCount(1);
    await expect(inDiagram).toHaveAttribute('href', path);
    const inOutline = outline(page).getByRole('link', { name: shown(node.title), exact: true });
    expect(await inOutline.count(), `${id} in the outline`).toBeGreaterThan(0);
    await expect(inOutline.first()).toHaveAttribute('href', path);
  }
  // Every answer is in the outline too.
  for (const [, node] of nodes) {
    if (node.kind !== 'question') continue;
    for (const a of node.answers) await expect(outline(page).getByText(shown(a.label), { exact: true }).first()).toBeAttached();
  }
  expect(errors).toEqual([]);
});

test('the prerendered map already holds the diagram and the outline', async ({ request }) => {
  const html = await (await request.get('/map')).text();
  for (const [id, node] of nodes) {
    expect(html).toContain(`href="/${node.kind}/${id}"`);
  }
  expect(html).toContain('<svg');
  expect(html).toContain('Outline of the tree');
});

test('a trail in the URL is marked on the diagram, in the legend and in the outline', async ({ page }) => {
  const deep = deepTrail();
  const errors = watchConsole(page);
  await ready(page, `/map?trail=${deep.trail}`);
  const current = page.locator(`svg.map-svg a[data-node="${deep.id}"]`);
  await expect(current).toHaveAttribute('aria-current', 'location');
  await expect(current).toHaveClass(/on-trail/);
  for (const step of deep.answers) {
    await expect(page.locator(`svg.map-svg a[data-node="${step.question}"]`)).toHaveClass(/on-trail/);
    await expect(page.locator(`svg.map-svg a[data-node="${step.question}"]`)).toHaveAttribute('aria-label', /on your trail/);
  }
  await expect(page.locator('svg.map-svg .map-edge.on-trail')).toHaveCount(deep.answers.length);
  const legend = page.getByRole('list', { name: 'Legend' });
  await expect(legend).toContainText(`Your trail: ${deep.answers.length} answers, leading to`);
  await expect(legend.getByRole('link')).toHaveAttribute('href', `/${catalog.nodes[deep.id]?.kind}/${deep.id}?trail=${deep.trail}`);
  await expect(outline(page).locator('[aria-current="location"]').first()).toHaveText(shown(catalog.nodes[deep.id]?.title ?? ''));
  await expect(outline(page).getByText('(your answer)')).toHaveCount(deep.answers.length);
  // The view moved to show the trail.
  expect(await transform(page)).not.toBe('translate(0 0) scale(1)');
  expect(errors).toEqual([]);
});

test('a trail that does not fit the catalog marks nothing and says so', async ({ page }) => {
  await ready(page, '/map?trail=retired.gone');
  await expect(page.getByRole('note')).toContainText('no longer match');
  await expect(page.locator('svg.map-svg .on-trail')).toHaveCount(0);
});

test('the header Map link carries the trail of the page it is on', async ({ page }) => {
  const deep = deepTrail();
  const node = catalog.nodes[deep.id];
  await ready(page, `/${node?.kind}/${deep.id}?trail=${deep.trail}`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Map' }).click();
  await expect(page).toHaveURL(new RegExp(`/map\\?trail=${escapeRegExp(deep.trail)}$`));
  await expect(page.locator(`svg.map-svg a[data-node="${deep.id}"]`)).toHaveAttribute('aria-current', 'location');
});

test('pan and zoom with buttons, keys and dragging; a node opens its page', async ({ page }) => {
  await ready(page, '/map');
  expect(await transform(page)).toBe('translate(0 0) scale(1)');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => transform(page)).toMatch(/scale\(1\.4\)$/);
  await page.getByRole('button', { name: 'Pan right' }).click();
  const afterPan = await transform(page);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(() => transform(page)).not.toBe(afterPan);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect.poll(() => transform(page)).toBe('translate(0 0) scale(1)');

  await diagram(page).focus();
  await page.keyboard.press('+');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => transform(page)).not.toBe('translate(0 0) scale(1)');
  await page.keyboard.press('0');
  await expect.poll(() => transform(page)).toBe('translate(0 0) scale(1)');

  const box = await page.locator('svg.map-svg').boundingBox();
  if (!box) throw new Error('no diagram');
  await page.mouse.move(box.x + 20, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y + 80, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => transform(page)).toMatch(/^translate\([1-9]/);

  // Tabbing from the diagram onto its first node zooms in to it, so its text is readable.
  await page.keyboard.press('0');
  await diagram(page).focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('svg.map-svg a').first()).toBeFocused();
  await expect.poll(() => transform(page)).not.toBe('translate(0 0) scale(1)');
  const [id, node] = nodes.find(([, n]) => n.kind === 'scenario') ?? [];
  if (!id || !node) throw new Error('no scenario');
  // Tabbing onto a node brings it into view; Enter opens it client-side.
  const link = page.locator(`svg.map-svg a[data-node="${id}"]`);
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/scenario/${id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(shown(node.title));
});

test('a skip link jumps past the diagram to the outline', async ({ page }) => {
  await ready(page, '/map');
  const skip = page.getByRole('link', { name: 'Skip the diagram (go to the outline)' });
  await skip.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#map-outline$/);
});

test('diagram links honour the base path', async ({ page }) => {
  await page.goto('http://127.0.0.1:4312/troubleshoot/map');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  const hrefs = await page.locator('svg.map-svg a').evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
  expect(hrefs.length).toBe(nodes.length + 1);
  expect(hrefs.filter((h) => !h.startsWith('/troubleshoot/'))).toEqual([]);
  const [id, node] = nodes[0] ?? [];
  await page.locator(`svg.map-svg a[data-node="${id}"]`).click();
  await expect(page).toHaveURL(`http://127.0.0.1:4312/troubleshoot/${node?.kind}/${id}`);
});

// e2e/a11y.spec.ts checks the bare page; this checks the state only a query string brings, in both schemes.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`the map with a trail has no axe violations (${colorScheme})`, async ({ page }) => {
    test.slow(); // axe checks the contrast of every SVG label
    await page.emulateMedia({ colorScheme });
    await page.goto('/map?trail=api-error.unauthorized-empty_access-denied.nothing-works');
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
