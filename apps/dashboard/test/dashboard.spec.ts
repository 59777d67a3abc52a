/**
 * The dashboard in a real browser against the running, seeded system: every page renders real
 * data, an alert leads to its highlighted evidence, Arabic is right-to-left, and HTML in article
 * text, titles and codebook names stays text.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { repoRoot } from '../../../e2e/test/system.js';
import { launchBrowser } from './browser.js';
import { HTML_ACTOR_NAME, startSeededSystem, XSS_TEXT, type SeededSystem } from './seeded-system.js';

const outDir = path.join(repoRoot, 'test-output/dashboard');

describe('the dashboard in headless Chromium', () => {
  let system: SeededSystem;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  const pageErrors: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    system = await startSeededSystem();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  async function open(pathAndQuery: string): Promise<void> {
    await page.goto(`${system.dashboardUrl}${pathAndQuery}`);
  }

  async function useKey(key: string): Promise<void> {
    await page.evaluate((k) => window.localStorage.setItem('stance.apiKey', k), key);
  }

  async function shoot(name: string): Promise<void> {
    await page.waitForTimeout(400); // let chart animations settle
    await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: true });
  }

  async function chartText(label: string): Promise<string> {
    const chart = page.locator(`[data-chart="${label}"] svg`).first();
    await chart.waitFor({ timeout: 20_000 });
    return (await chart.textContent()) ?? '';
  }

  async function assertNoInjection(): Promise<void> {
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('b:has-text("الاختبار")').count()).toBe(0);
    const scripts = await page.locator('script').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(scripts.filter((s) => s.includes('__xss'))).toEqual([]);
    expect(dialogs).toEqual([]);
  }

  it('asks for an API key once, keeps it, and measures the first render of a chart page', async () => {
    await open('/');
    await page.locator('#api-key').fill(system.readKey);
    await page.locator('form.key-form button[type=submit]').click();
    await page.locator('[data-page="overview"]').waitFor();
    expect(await page.evaluate(() => window.localStorage.getItem('stance.apiKey'))).toBe(system.readKey);

    // First render: a fresh load of the topic page until its positions chart is drawn.
    const started = Date.now();
    await open('/topic?topic=us-military-presence');
    await page.locator('[data-section="positions"] [data-chart] svg text').first().waitFor();
    const wallMs = Date.now() - started;
    const navigation = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const paints = Object.fromEntries(
        performance.getEntriesByType('paint').map((p) => [p.name, Math.round(p.startTime)]),
      );
      return {
        domContentLoaded: Math.round(nav?.domContentLoadedEventEnd ?? 0),
        chartDrawn: Math.round(performance.now()),
        paints,
      };
    });
    writeFileSync(
      path.join(outDir, 'first-render.json'),
      `${JSON.stringify({ page: '/topic', wallMs, ...navigation }, null, 2)}\n`,
    );
    expect(wallMs).toBeGreaterThan(0);
  });

  it('overview: latest alerts, volume over time and ingest health from the running system', async () => {
    await open('/');
    await page.locator('[data-section="alerts"] [data-alert]').first().waitFor();
    expect(await page.locator('[data-section="alerts"] [data-alert]').count()).toBeGreaterThan(0);
    await page
      .locator('[data-section="volume"] :is([data-chart], .error, .muted, .not-available)')
      .first()
      .waitFor();
    expect(await page.locator('[data-section="volume"]').textContent()).not.toMatch(
      /Error|Loading|Not available/,
    );
    const volume = await chartText(
      (await page.locator('[data-section="volume"] [data-chart]').getAttribute('data-chart'))!,
    );
    expect(volume).toMatch(/20(13|18|21)/); // buckets of the sample articles' years
    // The scripted recent sequence: Kadhimi's turn is the week's mover, Sudani's first stance a live alert.
    expect(await page.locator('[data-section="movers"] tr').first().textContent()).toContain(
      'Mustafa al-Kadhimi',
    );
    expect(await page.locator('[data-section="alerts"]').textContent()).toContain('live');
    await page.locator('[data-testid="ingest-unpublished"]').waitFor();
    expect(await page.locator('[data-testid="dead-letters"]').textContent()).toBe('0');
    expect(await page.locator('[data-testid="service-status"]').textContent()).toContain('aggregation ✓');
    await shoot('overview');
  });

  it("topic: every actor's position with its interval, filterable by actor kind, and polarization", async () => {
    await open('/topic?topic=us-military-presence');
    const label = (await page.locator('[data-section="positions"] [data-chart]').getAttribute('data-chart'))!;
    expect(await chartText(label)).toContain('Mustafa al-Kadhimi');
    await page.locator('[data-section="polarization"] :is([data-chart], .muted)').first().waitFor();
    await shoot('topic');

    const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
    await open(`/topic?topic=us-military-presence&from=${tenDaysAgo}`);
    const movement = (await page
      .locator('[data-section="movement"] [data-chart]')
      .getAttribute('data-chart'))!;
    expect(await chartText(movement)).toContain('Mohammed Shia al-Sudani');

    await open('/topic?topic=us-military-presence&kind=country');
    await page.locator('[data-section="positions"] :is([data-chart] svg text, .muted)').first().waitFor();
    expect(await page.locator('[data-section="positions"]').textContent()).not.toContain(
      'Mustafa al-Kadhimi',
    );
    expect(new URL(page.url()).searchParams.get('kind')).toBe('country');
  });

  it('actor: positions on all topics, a timeline per topic with its alerts, statements behind a point', async () => {
    await open('/actor?actor=kadhimi&g=month');
    const positions = (await page
      .locator('[data-section="positions"] [data-chart]')
      .getAttribute('data-chart'))!;
    expect(await chartText(positions)).toContain('US military presence in Iraq');
    await page.locator('[data-section="timeline-us-military-presence"] [data-chart] svg').waitFor();

    const month = new Date(Date.now() - 86_400_000).toISOString().slice(0, 8) + '01';
    await open(`/actor?actor=kadhimi&g=month&topic=us-military-presence&bucket=${month}`);
    const statements = page.locator('[data-section="point-statements"] [data-observation]');
    await statements.first().waitFor();
    expect(await statements.count()).toBeGreaterThan(0);
    expect(await page.locator('[data-section="point-statements"]').textContent()).toContain(
      'US military presence',
    );
    await shoot('actor');
  });

  it('evidence: the statement highlighted at its stored offsets, with actor and topic phrase, and the other statements', async () => {
    const id = system.articleIds.get('dash-flip-1')!;
    await open(`/evidence?article=${id}`);
    const selected = page.locator('[data-testid="article-text"] mark.hl-selected');
    await selected.first().waitFor();
    expect((await selected.allTextContents()).join('')).toContain('rejected the US military presence');
    // The actor is marked by name and by the role title that names them on the article's date.
    expect(await page.locator('[data-testid="article-text"] mark.hl-actor').allTextContents()).toEqual([
      'Iraqi Prime Minister',
      'Mustafa al-Kadhimi',
    ]);
    // The topic label is found across the end of the evidence span, so it renders as two runs.
    expect(
      (await page.locator('[data-testid="article-text"] mark.hl-topic').allTextContents()).join(''),
    ).toBe('US military presence in Iraq');
    expect(await page.locator('[data-testid="article-text"]').getAttribute('dir')).toBe('ltr');

    const seed = system.articleIds.get('seed-kadhimi-washington')!;
    await open(`/evidence?article=${seed}`);
    await page.locator('[data-testid="article-text"] mark.hl-selected').first().waitFor();
    expect(await page.locator('[data-testid="article-text"]').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('[data-section="others"] [data-observation]').count()).toBeGreaterThan(0);
    await shoot('evidence-ar');
  });

  it('clicking an alert leads to its highlighted evidence (a deep link that can be shared)', async () => {
    await open('/alerts');
    const first = page.locator('[data-section="alert-list"] a.alert-link').first();
    await first.waitFor();
    await first.click();
    await page.waitForURL(/\/alert\?id=[0-9a-f]{64}/);
    const marked = page.locator('[data-testid="article-text"] mark.hl-selected');
    await marked.first().waitFor();
    expect((await marked.allTextContents()).join('').length).toBeGreaterThan(0);
    await shoot('alert-evidence');

    const deepLink = new URL(page.url());
    await open(`${deepLink.pathname}${deepLink.search}`);
    await page.locator('[data-testid="article-text"] mark.hl-selected').first().waitFor();
  });

  it('network: the agreement graph with communities for a window', async () => {
    await open('/network?from=2000-01-01');
    const label = (await page.locator('[data-section="network"] [data-chart]').getAttribute('data-chart'))!;
    const text = await chartText(label);
    expect(text).toMatch(/Community 1/);
    await shoot('network');
  });

  it('alerts: a read key lists alerts but not rules; an admin key creates, edits and mutes a rule', async () => {
    await open('/alerts?kind=first');
    await page.locator('[data-section="alert-list"] [data-alert]').first().waitFor();
    await page.locator('[data-section="rules"] [data-testid="forbidden"]').waitFor();

    await useKey(system.adminKey);
    await open('/alerts');
    await page.locator('[data-testid="rules"] [data-rule]').first().waitFor();
    await page.locator('[data-action="new-rule"]').click();
    await page.locator('.rule-form input[name="name"]').fill('Kadhimi shifts');
    await page.locator('.rule-form select[name="actors"]').selectOption(['kadhimi']);
    await page.locator('.rule-form input[name="kind-first"]').uncheck();
    await page.locator('.rule-form button[type="submit"]').click();
    const row = page.locator('[data-testid="rules"] tr', { hasText: 'Kadhimi shifts' });
    await row.waitFor();
    await row.locator('[data-action="mute"]').click();
    await row.locator('.badge', { hasText: 'Muted' }).waitFor();
    await row.getByRole('button', { name: 'Edit' }).click();
    await page.locator('.rule-form input[name="name"]').fill('Kadhimi shifts (edited)');
    await page.locator('.rule-form button[type="submit"]').click();
    await page.locator('[data-testid="rules"] tr', { hasText: 'Kadhimi shifts (edited)' }).waitFor();
    const deliveries = page.locator('[data-section="webhooks"] table');
    await deliveries.waitFor();
    expect(await deliveries.textContent()).toContain('delivered');
    await shoot('alerts');
    await useKey(system.readKey);
  });

  it('codebook: browse actors and topics, see what the new version changed, import needs admin', async () => {
    await open('/codebook');
    const diff = page.locator('[data-testid="codebook-diff"]');
    await diff.waitFor();
    expect(await diff.textContent()).toContain('probe-party');
    const htmlActor = page.locator('[data-actor="probe-party"]');
    expect(await htmlActor.textContent()).toContain(HTML_ACTOR_NAME);
    expect(await page.locator('[data-actor="kadhimi"]').textContent()).toContain('مصطفى الكاظمي');
    await shoot('codebook');

    await page.locator('textarea[name="codebook"]').fill('version: 1\nname: x\nactors: []\ntopics: []\n');
    await page.getByRole('button', { name: 'Import' }).click();
    expect(await page.locator('[role="status"]').textContent()).toContain('admin');
    await assertNoInjection();
  });

  it('Arabic: the whole interface right-to-left, Arabic names in chart labels', async () => {
    await open('/topic?topic=us-military-presence&lang=ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.locator('[data-nav="/topic"]').textContent()).toBe('القضايا');
    const label = (await page.locator('[data-section="positions"] [data-chart]').getAttribute('data-chart'))!;
    expect(await chartText(label)).toContain('مصطفى الكاظمي');
    await shoot('topic-ar');
    await open('/?lang=ar');
    await page.locator('[data-section="alerts"] [data-alert]').first().waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await shoot('overview-ar');
    await open('/?lang=en');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
  });

  it('the XSS probe stays inert: article text, title and codebook names render as text', async () => {
    const id = system.articleIds.get('dash-xss-probe')!;
    await open(`/evidence?article=${id}`);
    const text = page.locator('[data-testid="article-text"]');
    await text.waitFor();
    expect(await text.textContent()).toBe(XSS_TEXT);
    expect(await page.locator('h1.article-title').textContent()).toContain('<script>window.__xss=1</script>');
    // Links carry the article's URL as an attribute value, never as markup.
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await assertNoInjection();
    await shoot('xss-probe');

    await open('/codebook?q=probe');
    await page.locator('[data-actor="probe-party"]').waitFor();
    await assertNoInjection();
    await open('/actor?actor=probe-party');
    await page.locator('h1').waitFor();
    expect(await page.locator('h1').textContent()).toBe(HTML_ACTOR_NAME);
    await assertNoInjection();
    expect(pageErrors).toEqual([]);
  });

  // Last: importing makes the new version the latest, which every other page reads.
  it('codebook import with an admin key shows the new version and what changed', async () => {
    await useKey(system.adminKey);
    await open('/codebook');
    await page.locator('[data-actor="kadhimi"]').waitFor();
    const original = readFileSync(path.join(repoRoot, 'codebooks/iraq-regional.yaml'), 'utf8');
    const yaml = original.replace(
      'en: ["Mustafa al-Kadhimi", "Kadhimi", "al-Kadhimi"]',
      'en: ["Mustafa al-Kadhimi", "Kadhimi", "al-Kadhimi", "Mustafa Kadhimi"]',
    );
    // The edit must land, or the import below would show no change for a reason of its own.
    expect(yaml).not.toBe(original);
    await page.locator('textarea[name="codebook"]').fill(yaml);
    await page.getByRole('button', { name: 'Import' }).click();
    await page.locator('[role="status"]', { hasText: 'v3' }).waitFor();
    await page.waitForURL(/version=/);
    const diff = page.locator('[data-testid="codebook-diff"]');
    await diff.waitFor();
    await page.locator('[data-testid="codebook-diff"] li', { hasText: 'kadhimi' }).waitFor();
    expect(await diff.textContent()).toContain('kadhimi (names)');
    // Compared with v2, which had the probe actor that this import leaves out.
    expect(await diff.textContent()).toContain('Removed: probe-party');
    await shoot('codebook-import');
  });
});
