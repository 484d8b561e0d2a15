import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openBrowser, requestsElsewhere, requireChromium, type Browsing } from './browser';
import { startBuiltPlatform, type StartedPlatform } from './platform';

/** A small RFC 4180 reader, enough for the download's rows. */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && (c === ',' || c === '\r')) {
      rows.at(-1)!.push(cell);
      cell = '';
      if (c === '\r') {
        rows.push([]);
        i++;
      }
    } else {
      cell += c;
    }
  }
  return rows.filter((row) => row.length > 0).map((row, i) => (i === 0 ? [row[0]!.replace(/^\ufeff/, ''), ...row.slice(1)] : row));
};

const signIn = async (page: Page, url: string, token: string) => {
  await page.goto(`${url}/`);
  await page.getByLabel('Token').fill(token);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
};

const haNamRow = (page: Page) => page.locator('tr[data-province="ha-nam"]');

// One platform, three people in their own browsers, one story: the order of the tests matters.
describe('the web app in a real browser, served by the platform', () => {
  let platform: StartedPlatform;
  let analyst: Browsing;
  const opened: Browsing[] = [];

  beforeAll(async () => {
    requireChromium(); // fails, saying how to install it, rather than skipping
    platform = await startBuiltPlatform();
    analyst = await openBrowser();
    opened.push(analyst);
  }, 120_000);

  afterAll(async () => {
    for (const browsing of opened) await browsing.close();
    await platform?.stop();
  });

  it('signs in with a token on the start page, which says how to print one', async () => {
    const { page } = analyst;
    await page.goto(`${platform.url}/`);
    await expectText(page, 'npm run -s token -- ANALYST');
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('Bỏ qua đến nội dung');
    await analyst.shot('01-sign-in');
    await signIn(page, platform.url, platform.token('ANALYST'));
    await page.getByRole('heading', { name: 'Các văn bản trung ương đang theo dõi' }).waitFor();
    await analyst.shot('02-decisions');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'National decisions under monitoring' }).waitFor();
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { name: 'Các văn bản trung ương đang theo dõi' }).waitFor();
  });

  it("opens 696/QĐ-TTg from the start page (searched without diacritics): Hà Nam's 2811/KH-UBND 114 days after", async () => {
    const { page } = analyst;
    await page.getByLabel(/Tìm/).fill('696/QD');
    // By keyboard: the decision is a real link, Tab reaches it and Enter opens it.
    await page.getByRole('link', { name: '696/QĐ-TTg' }).focus();
    await page.keyboard.press('Enter');
    // The figures come first, the plans' numbers right after them (a query of their own).
    await haNamRow(page).getByRole('link', { name: '2811/KH-UBND' }).waitFor();
    expect(await haNamRow(page).locator('td.lag').textContent()).toBe('114 ngày');
    expect(page.url()).toBe(`${platform.url}/decisions/${encodeURIComponent('696/QĐ-TTg')}`);
    await analyst.shot('03-decision-696');
  });

  it('draws a plan dated only by month as a range, not a point', async () => {
    const { page } = analyst;
    await page.getByRole('link', { name: /Quay lại/ }).click();
    await page.getByLabel(/Tìm/).fill('185/TB');
    await page.getByRole('link', { name: '185/TB-UBND' }).click();
    const row = page.locator('tr[data-province="bac-giang"]');
    await row.waitFor();
    expect(await row.locator('td.lag').textContent()).toBe('0 – 13 ngày (khoảng)');
    const canvas = page.locator('figure.chart canvas[data-bars]');
    await canvas.waitFor();
    const bars = JSON.parse((await canvas.getAttribute('data-bars'))!) as { province: string; exact: boolean; span: number[] }[];
    expect(bars).toEqual([{ province: 'Bắc Giang', exact: false, span: [0, 13] }]);
    await analyst.shot('04-month-dated-range');
  });

  it('switches to successor provinces: Hà Nam counted in Ninh Bình (từ 01/7/2025), the address says so', async () => {
    const { page } = analyst;
    await page.goto(`${platform.url}/decisions/${encodeURIComponent('696/QĐ-TTg')}`);
    await haNamRow(page).waitFor();
    await page.getByLabel('Tỉnh kế thừa (sau sáp nhập)').check();
    const successor = page.locator('tr[data-province="ninh-binh-2025"]');
    await successor.getByRole('link', { name: '2811/KH-UBND' }).waitFor();
    expect(await haNamRow(page).count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('successors')).toBe('1');
    await analyst.shot('05-successors');
  });

  it('drills down from a province to its plans, a plan, and a task with its assignments', async () => {
    const { page } = analyst;
    await page.getByLabel('Tỉnh như khi thực hiện (trước sáp nhập)').check();
    await haNamRow(page).getByRole('link', { name: 'Hà Nam' }).click();
    await page.getByRole('heading', { name: /Hà Nam/ }).waitFor();
    await analyst.shot('06-province-plans');
    await page.getByRole('link', { name: '2811/KH-UBND' }).click();
    await page.locator('a[href="/tasks/ha-nam.2811-kh-ubnd.t09"]').click();
    await page.getByRole('heading', { name: 'Phân công' }).waitFor();
    expect(await page.locator('table').nth(0).locator('tbody tr').count()).toBeGreaterThan(0);
    await analyst.shot('07-task');
  });

  it('keeps the view in the address: asOf typed dd/mm/yyyy, before Hà Nam issued its plan (16/09/2020)', async () => {
    const { page } = analyst;
    await page.goto(`${platform.url}/decisions/${encodeURIComponent('696/QĐ-TTg')}`);
    await haNamRow(page).waitFor();
    await page.getByLabel('Tình hình đến ngày (asOf)').fill('30/06/2020');
    await page.getByRole('button', { name: 'Áp dụng' }).click();
    await page.waitForURL(/asOf=2020-06-30/);
    await page.locator('p.view-says', { hasText: '30/06/2020' }).waitFor();
    expect(await haNamRow(page).count()).toBe(0);
    // The same address in a fresh tab asks for a token, then shows the same view.
    const shared = await analyst.context.newPage();
    await shared.goto(page.url());
    await shared.getByLabel('Token').fill(platform.token('ANALYST'));
    await shared.getByRole('button', { name: 'Đăng nhập' }).click();
    await shared.locator('p.view-says', { hasText: '30/06/2020' }).waitFor();
    expect(await shared.getByLabel('Tình hình đến ngày (asOf)').inputValue()).toBe('30/06/2020');
    await shared.close();
  });

  it('downloads the comparison on screen as CSV, one row per province with a plan', async () => {
    const { page } = analyst;
    await page.goto(`${platform.url}/decisions/${encodeURIComponent('696/QĐ-TTg')}`);
    await haNamRow(page).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải xuống CSV' }).click()]);
    const rows = parseCsv(readFileSync((await download.path())!, 'utf8'));
    expect(rows[0]!.slice(0, 6)).toEqual([
      'Tỉnh',
      'Số kế hoạch',
      'Độ trễ kế hoạch',
      'Độ trễ sớm nhất (ngày)',
      'Độ trễ muộn nhất (ngày)',
      'Nhiệm vụ',
    ]);
    expect(rows.slice(1)).toEqual([['Hà Nam', '2811/KH-UBND', '114', '114', '114', '16', '0', '0', '16', '0', '16', '0', '0', '0', '']]);
    expect(download.suggestedFilename()).toBe('696_QĐ-TTg.csv');
    // The XLSX writer is fetched on this click only; the file is a zip (Office Open XML).
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải xuống XLSX' }).click()]);
    expect(xlsx.suggestedFilename()).toBe('696_QĐ-TTg.xlsx');
    expect(
      readFileSync((await xlsx.path())!)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('as a province, reports progress (the API error beside the field) and completes a task; the open comparison changes live', async () => {
    const before = Number(await haNamRow(analyst.page).locator('td').nth(3).textContent());
    const province = await openBrowser();
    opened.push(province);
    const { page } = province;
    await signIn(page, platform.url, platform.token('PROVINCE', 'ha-nam'));
    await page.getByRole('link', { name: 'Tỉnh của tôi' }).click();
    await page
      .getByText(/Nhiệm vụ: 16/)
      .first()
      .click();
    await page.locator('a[href="/tasks/ha-nam.2811-kh-ubnd.t09"]').first().click();
    await page.getByLabel('Tiến độ (%)').fill('140');
    await page.getByLabel('Họ tên người báo cáo').first().fill('Nguyễn Văn A');
    await page.getByLabel('Chức vụ').first().fill('Giám đốc Sở Y tế');
    await page.getByRole('button', { name: 'Gửi' }).click();
    const error = page.locator('#r-percentComplete-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/100/);
    expect(await page.getByLabel('Tiến độ (%)').getAttribute('aria-describedby')).toBe('r-percentComplete-error');
    await province.shot('08-province-error-beside-field');
    await page.getByLabel('Tiến độ (%)').fill('60');
    await page.getByRole('button', { name: 'Gửi' }).click();
    await page.locator('table.reports').getByText('60').waitFor();
    await page.locator('#c-summary').fill('Đã hoàn thành');
    await page.locator('#c-completedBy').fill('Nguyễn Văn A');
    await page.locator('#c-completerRole').fill('Giám đốc Sở Y tế');
    await page.getByRole('button', { name: 'Hoàn thành nhiệm vụ' }).click();
    await page.locator('dl.facts .status-completed').waitFor();
    await province.shot('09-province-task-completed');
    // The analyst's page, left open, follows comparisonChanged: on time + late now counts one more.
    const completed = async () =>
      Number(await haNamRow(analyst.page).locator('td').nth(3).textContent()) +
      Number(await haNamRow(analyst.page).locator('td').nth(4).textContent());
    await waitUntil(async () => (await completed()) === before + 1);
    await analyst.shot('10-comparison-changed-live');
  });

  it("as an auditor, reads a task's timeline: who did what, when it happened against when it was recorded", async () => {
    const auditor = await openBrowser({ width: 820, height: 1180 }); // a tablet
    opened.push(auditor);
    const { page } = auditor;
    await signIn(page, platform.url, platform.token('AUDITOR'));
    await page.getByRole('link', { name: 'Kiểm toán' }).click();
    await page.getByLabel(/Đối tượng/).fill('ha-nam.2811-kh-ubnd.t09');
    await page.getByRole('button', { name: 'Xem' }).click();
    await page.locator('ol.timeline li').first().waitFor();
    const types = await page.locator('ol.timeline li').evaluateAll((items) => items.map((li) => li.getAttribute('data-type')));
    expect(types).toEqual(expect.arrayContaining(['TaskDefined', 'TaskAssigned', 'ProgressReported', 'TaskCompleted']));
    expect(await page.locator('ol.timeline').textContent()).toContain('province:ha-nam');
    expect(await page.locator('ol.timeline li[data-type="TaskAssigned"] td.gap').first().textContent()).toMatch(/sau [\d.]+ ngày/);
    // Units by their names, not their ids.
    const assigned = page.locator('ol.timeline li[data-type="TaskAssigned"] > p', { hasText: 'leadUnitIds' }).first();
    await waitUntil(async () => !/leadUnitIds: ha-nam\./.test((await assigned.textContent()) ?? ''));
    expect(await assigned.textContent()).toMatch(/leadUnitIds: (Sở|Ủy ban|Ban|Các)/);
    // The store's verification state: the platform verified it at start and keeps signed checkpoints.
    await page.locator('.verification').getByText('Toàn bộ kho khớp chuỗi băm và các điểm kiểm tra').waitFor();
    expect(await page.locator('.verification tbody tr th').first().textContent()).toMatch(/^#\d+$/);
    await auditor.shot('11-auditor-timeline-tablet');
  });

  it('opens the bundled GraphQL explorer at /graphql, signed in with the same token', async () => {
    const { page } = analyst;
    await page.goto(`${platform.url}/`);
    // The explorer reads the schema first (introspection, with the token); run the query once it has.
    const introspected = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST' && r.ok());
    await page.getByRole('link', { name: 'GraphQL' }).click();
    await page.locator('.graphiql-container').waitFor();
    await introspected;
    // GraphiQL takes a moment after its schema arrives before the run button does anything: press until it answers.
    const result = page.locator('.result-window', { hasText: '2811/KH-UBND' });
    await waitUntil(async () => {
      if ((await result.count()) > 0) return true;
      await page.locator('.graphiql-execute-button').click();
      return false;
    }, 20_000);
    await analyst.shot('12-graphql-explorer');
  });

  it('serves pages with a policy that forbids loading anything from elsewhere, and the API as before', async () => {
    const page = await fetch(`${platform.url}/tasks/anything`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain('<div id="app">');
    // An id with dots is a page, not a file: a shared link to a task opens it.
    const dotted = await fetch(`${platform.url}/tasks/ha-nam.2811-kh-ubnd.t09`, { headers: { accept: 'text/html' } });
    expect(dotted.status).toBe(200);
    expect(await dotted.text()).toContain('<div id="app">');
    expect((await fetch(`${platform.url}/assets/missing.js`, { headers: { accept: 'text/html' } })).status).toBe(404);
    const explorer = await fetch(`${platform.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await explorer.text()).toContain('/explorer/assets/');
    const api = await platform.gql<{ directives: unknown[] }>('{ directives { id } }', {}, platform.token('ANALYST'));
    expect(api.data?.directives.length).toBeGreaterThan(0);
  });

  it('asked nothing of anyone but the platform', () => {
    expect(opened.flatMap((b) => b.requests).length).toBeGreaterThan(10);
    expect(requestsElsewhere(platform.url, opened)).toEqual([]);
  });
});

const expectText = async (page: Page, text: string) => expect(await page.locator('body').textContent()).toContain(text);

const waitUntil = async (condition: () => Promise<boolean>, timeoutMs = 15_000) => {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error('the condition did not hold in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};
