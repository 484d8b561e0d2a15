import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openBrowser, requestsElsewhere, requireChromium, type Browsing } from './browser';
import { startBuiltPlatform, type StartedPlatform } from './platform';

// A Hà Nam plan in the conventions of libs/importer/unseen/*.txt: labelled lines, a "Giao" sentence,
// a bracketed lead with a partner no registered unit matches, duties of "Tổ chức thực hiện"; and a task
// the reader misses, an unnumbered sentence it reads as the tail of task 3 (the reviewer adds it); and a
// decision named in an objective, which the reader takes as cited and the reviewer as implemented; and
// a duty's sentence stating two reports, six-monthly and at the year's end, the reader reads the first of.
const PLAN = `ỦY BAN NHÂN DÂN
TỈNH HÀ NAM

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 77/KH-UBND
Hà Nam, ngày 15 tháng 3 năm 2021

KẾ HOẠCH
Hỗ trợ doanh nghiệp đổi mới công nghệ trên địa bàn tỉnh Hà Nam năm 2021

Thực hiện Quyết định số 696/QĐ-TTg ngày 25/5/2020 của Thủ tướng Chính phủ; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Nâng cao năng lực đổi mới công nghệ của doanh nghiệp trên địa bàn tỉnh.
2. Góp phần thực hiện Đề án tái cơ cấu Ngành Khoa học và Công nghệ theo Quyết định số 2245/QĐ-TTg ngày 11/12/2015 của Thủ tướng Chính phủ.
3. Gắn trách nhiệm của từng cơ quan, đơn vị với từng nhiệm vụ cụ thể.

II. NHIỆM VỤ CỤ THỂ

1. Khảo sát nhu cầu đổi mới công nghệ của doanh nghiệp
- Chủ trì thực hiện: Sở Khoa học và Công nghệ.
- Phối hợp: Sở Kế hoạch và Đầu tư.
- Thời hạn: trước ngày 30/6/2021.

2. Xây dựng cơ sở dữ liệu về công nghệ: Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Khoa học và Công nghệ thực hiện, hoàn thành trong năm 2021.

3. Tổ chức hội chợ công nghệ và thiết bị (Sở Công thương chủ trì, phối hợp với Trung tâm Xúc tiến Thương mại; thời gian thực hiện: tháng 10/2021).

Đồng thời, Sở Khoa học và Công nghệ tổ chức tập huấn cho doanh nghiệp về chuyển giao công nghệ, hoàn thành trong Quý IV/2021.

III. TỔ CHỨC THỰC HIỆN

1. Sở Tài chính: Cân đối, bố trí kinh phí thực hiện Kế hoạch.

2. Sở Khoa học và Công nghệ
- Là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch.
- Định kỳ 6 tháng và cuối năm tổng hợp, báo cáo UBND tỉnh kết quả thực hiện.

Nơi nhận:
- Bộ Khoa học và Công nghệ (b/c);
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trương Quốc Huy
`;
const LINE_OF = (words: string) => PLAN.split('\n').findIndex((l) => l.includes(words)) + 1;
const MISSED = LINE_OF('Đồng thời, Sở Khoa học và Công nghệ tổ chức tập huấn');

const signIn = async (page: Page, url: string, token: string) => {
  await page.goto(`${url}/`);
  await page.getByLabel('Token').fill(token);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
};

const card = (page: Page, ref: string) => page.locator(`article[id="task-${ref}"]`);
const markedLine = (page: Page, line: number) => page.locator(`.doc-lines li.hl[data-line="${line}"]`).waitFor();
const markedLines = async (page: Page) =>
  page.locator('.doc-lines li.hl').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-line'))));

// One platform; a provincial officer uploads and reviews, an auditor follows a task back to its sentence. Order matters.
describe('a plan document uploaded, reviewed and approved in the browser', () => {
  let platform: StartedPlatform;
  let province: Browsing;
  let auditor: Browsing;

  beforeAll(async () => {
    requireChromium();
    platform = await startBuiltPlatform();
    province = await openBrowser();
    auditor = await openBrowser();
  }, 120_000);

  afterAll(async () => {
    await province?.close();
    await auditor?.close();
    await platform?.stop();
  });

  it('refuses a file that is no document, saying why beside the file field', async () => {
    const { page } = province;
    await signIn(page, platform.url, platform.token('PROVINCE', 'ha-nam'));
    await page.getByRole('link', { name: 'Văn bản của tỉnh' }).click();
    await page.getByRole('heading', { name: 'Tải lên văn bản kế hoạch' }).waitFor();
    const junk = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3, 255, 254]);
    await page.getByLabel(/Tệp văn bản/).setInputFiles({ name: 'anh.png', mimeType: 'application/octet-stream', buffer: junk });
    await page.getByRole('button', { name: 'Tải lên và lập dự thảo' }).click();
    const error = page.locator('#upload-file-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/binary|not a document|PDF|DOCX/i);
    expect(await page.getByLabel(/Tệp văn bản/).getAttribute('aria-describedby')).toBe('upload-file-error');
    await province.shot('doc-01-binary-refused');
  });

  it('uploads a plan and shows the draft beside the text: header, tasks with their units and deadlines, warnings', async () => {
    const { page } = province;
    await page.getByLabel(/Tệp văn bản/).setInputFiles({ name: '77-kh-ubnd.txt', mimeType: 'text/plain', buffer: Buffer.from(PLAN) });
    await page.getByRole('button', { name: 'Tải lên và lập dự thảo' }).click();
    await page.getByRole('heading', { name: /Duyệt dự thảo: 77-kh-ubnd.txt/ }).waitFor();
    expect(page.url()).toMatch(/\/documents\/[0-9a-f]{64}$/);
    const header = page.locator('#draft-header');
    expect(await header.textContent()).toContain('77/KH-UBND');
    expect(await header.textContent()).toContain('15/03/2021 (độ chính xác: ngày)');
    expect(await header.textContent()).toContain('696/QĐ-TTg');
    expect(await page.locator('article.draft-task').count()).toBe(5);
    expect(await card(page, 'II.1').textContent()).toContain('Sở Khoa học và Công nghệ');
    expect(await card(page, 'II.3').locator('.warnings').textContent()).toContain('UNKNOWN_UNIT');
    expect(await page.locator('.doc-lines li').count()).toBe(PLAN.split('\n').length);
    await province.shot('doc-02-draft');
    // The same words as the rest of the app switch language with the header's button.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Tasks (5)' }).waitFor();
    expect(await header.textContent()).toContain('15/03/2021 (precision: day)');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { name: 'Nhiệm vụ (5)' }).waitFor();
  });

  it('marks a task’s source lines in the text when the task is selected, by click or by keyboard', async () => {
    const { page } = province;
    const first = LINE_OF('1. Khảo sát nhu cầu');
    await card(page, 'II.1').getByRole('heading').click();
    await markedLine(page, first);
    const lines = await markedLines(page);
    expect(lines[0]).toBe(first);
    expect(await page.locator('.doc-lines li.hl').first().textContent()).toContain('Khảo sát nhu cầu đổi mới công nghệ');
    await province.shot('doc-03-source-highlighted');
    // Focus alone (Tab) moves the mark: the keyboard reaches every task's lines.
    await card(page, 'II.2')
      .getByRole('button', { name: /Xem dòng/ })
      .focus();
    await markedLine(page, LINE_OF('2. Xây dựng cơ sở dữ liệu'));
    expect(await page.locator('.showing').textContent()).toContain(`Đang chỉ dòng ${LINE_OF('2. Xây dựng cơ sở dữ liệu')}`);
  });

  it('edits a task’s deadline: the platform’s refusal beside the field, then the new wording read as a due date', async () => {
    const { page } = province;
    const task = card(page, 'II.1');
    await task.getByRole('button', { name: 'Sửa' }).click();
    const deadline = task.getByLabel('Thời hạn (như văn bản ghi)');
    await deadline.fill('khi nào xong');
    await task.getByRole('button', { name: 'Lưu' }).click();
    const error = task.locator('#edit-II\\.1-deadlineText-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('edits[0]');
    expect(await deadline.getAttribute('aria-invalid')).toBe('true');
    await province.shot('doc-04-deadline-refused');
    await deadline.fill('trước ngày 31/7/2021');
    await task.getByRole('button', { name: 'Lưu' }).click();
    await task.getByText('trước ngày 31/7/2021 (hạn cuối 30/07/2021)').waitFor();
    await page.getByRole('status').getByText('Đã lưu chỉnh sửa').waitFor();
    await province.shot('doc-05-deadline-edited');
  });

  it('moves a decision the plan only cites, by the reader, to those it implements', async () => {
    const { page } = province;
    const header = page.locator('#draft-header');
    const implemented = () => header.locator('dt:has-text("Thực hiện (căn cứ)") + dd').textContent();
    expect(await implemented()).not.toContain('2245/QĐ-TTg');
    expect(await header.locator('dt:has-text("Viện dẫn") + dd').textContent()).toContain('2245/QĐ-TTg');
    await header.getByRole('button', { name: 'Chuyển sang: thực hiện: 2245/QĐ-TTg' }).click();
    await page.getByRole('status').getByText('Đã lưu chỉnh sửa').waitFor();
    await header.getByRole('button', { name: 'Chuyển sang: viện dẫn: 2245/QĐ-TTg' }).waitFor();
    expect(await implemented()).toContain('696/QĐ-TTg');
    expect(await implemented()).toContain('2245/QĐ-TTg');
    expect(await header.locator('dt:has-text("Viện dẫn") + dd').textContent()).toBe('Không có');
    // Its lines are still its source: the reference leads to the objective that names it.
    await header.getByRole('button', { name: '2245/QĐ-TTg', exact: true }).click();
    await markedLine(page, LINE_OF('Quyết định số 2245/QĐ-TTg'));
    await province.shot('doc-05b-reference-moved');
  });

  it('adds the year-end report the duty’s sentence also states, beside the six-monthly one the reader read', async () => {
    const { page } = province;
    const duties = page.locator('#draft-header ul.duties > li');
    expect(await duties.count()).toBe(1);
    expect(await duties.first().textContent()).toContain('Định kỳ: 6 tháng');
    await duties
      .first()
      .getByRole('button', { name: /^Sửa: Sở Khoa học và Công nghệ → UBND tỉnh/ })
      .click();
    const form = page.getByRole('form', { name: 'Sửa chế độ báo cáo' });
    await form.getByLabel('Định kỳ').selectOption({ label: 'hằng năm' });
    await form.getByRole('button', { name: 'Lưu thành chế độ báo cáo mới' }).click();
    await page.locator('#draft-header ul.duties > li').nth(1).waitFor();
    const texts = await duties.allTextContents();
    expect(texts[0]).toContain('Định kỳ: 6 tháng');
    expect(texts[1]).toContain('Sở Khoa học và Công nghệ → UBND tỉnh, Định kỳ: hằng năm');
    expect(await form.count()).toBe(0);
    // The new duty's lines are the sentence's.
    await duties.nth(1).getByRole('button').first().click();
    await markedLine(page, LINE_OF('Định kỳ 6 tháng và cuối năm'));
    await province.shot('doc-05c-duty-added');
  });

  it('adds the task the reader missed from its line of the text, refused beside the form first, then gives it a lead and a deadline', async () => {
    const { page } = province;
    expect(await page.locator('article.draft-task').count()).toBe(5);
    await page.getByRole('button', { name: 'Thêm nhiệm vụ bị bỏ sót' }).click();
    const form = page.getByRole('form', { name: 'Thêm nhiệm vụ bị bỏ sót' });
    // The line selected in the text (a triple click, which ends at the next line's start) fills the form.
    await page.locator(`.doc-lines li[data-line="${MISSED}"] .l`).click({ clickCount: 3 });
    const from = form.getByLabel('Từ dòng');
    const to = form.getByLabel('Đến dòng');
    await page.waitForFunction(`document.getElementById('add-task-start').value === '${MISSED}'`);
    expect(await to.inputValue()).toBe(String(MISSED));
    // Its ref guessed from its section (II has 1–3), its title from the line's words; the line marked in the text.
    const ref = form.getByLabel('Số hiệu nhiệm vụ (ví dụ II.4)');
    const title = form.getByLabel('Trích yếu');
    expect(await ref.inputValue()).toBe('II.4');
    expect(await title.inputValue()).toContain('tổ chức tập huấn cho doanh nghiệp');
    expect(await markedLines(page)).toEqual([MISSED]);
    await province.shot('doc-06-add-task-from-selected-line');
    // A ref the draft already has: the platform refuses it, said in Vietnamese beside the ref.
    await ref.fill('II.1');
    await form.getByRole('button', { name: 'Thêm nhiệm vụ', exact: true }).click();
    const refError = page.locator('#add-task-ref-error');
    await refError.waitFor();
    expect(await refError.textContent()).toBe('Dự thảo đã có nhiệm vụ mang số hiệu này; chọn số hiệu khác');
    expect(await ref.getAttribute('aria-invalid')).toBe('true');
    expect(await ref.getAttribute('aria-describedby')).toBe('add-task-ref-error');
    // Lines typed beyond the document: refused beside the lines, with the document's count.
    await ref.fill('II.4');
    await to.fill('999');
    await form.getByRole('button', { name: 'Thêm nhiệm vụ', exact: true }).click();
    const linesError = page.locator('#add-task-lines-error');
    await linesError.waitFor();
    expect(await linesError.textContent()).toBe(`Các dòng này không thuộc văn bản; số dòng của văn bản: ${PLAN.split('\n').length}`);
    expect(await page.locator('#add-task-ref-error').count()).toBe(0);
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    await province.shot('doc-07-add-task-refused');
    expect(await page.locator('article.draft-task').count()).toBe(5);
    await to.fill(String(MISSED));
    expect(await from.inputValue()).toBe(String(MISSED));
    await title.fill('Tập huấn cho doanh nghiệp về chuyển giao công nghệ');
    await form.getByRole('button', { name: 'Thêm nhiệm vụ', exact: true }).click();
    // Added: its card, its editor open for its units and deadline, its line marked.
    const task = card(page, 'II.4');
    await task.getByRole('group', { name: 'Chủ trì' }).waitFor();
    await page.getByRole('heading', { name: 'Nhiệm vụ (6)' }).waitFor();
    expect(await task.getByRole('heading').textContent()).toBe('II.4 Tập huấn cho doanh nghiệp về chuyển giao công nghệ');
    await markedLine(page, MISSED);
    await task.getByRole('group', { name: 'Chủ trì' }).getByLabel('Sở Khoa học và Công nghệ', { exact: true }).check();
    await task.getByLabel('Thời hạn (như văn bản ghi)').fill('Quý IV/2021');
    await task.getByRole('button', { name: 'Lưu' }).click();
    await task.getByText('Quý IV/2021 (hạn cuối 31/12/2021)').waitFor();
    expect(await task.locator('.facts').textContent()).toContain('Sở Khoa học và Công nghệ');
    await province.shot('doc-08-added-task-assigned');
  });

  it('lists every gap approval finds, each linked to its task; fixed, the plan is approved and recorded', async () => {
    const { page } = province;
    await page.getByRole('button', { name: 'Duyệt và ghi nhận kế hoạch' }).click();
    const gaps = page.locator('.gaps');
    await gaps.waitFor();
    expect(await gaps.textContent()).toContain('Trung tâm Xúc tiến Thương mại');
    await province.shot('doc-09-approval-gaps');
    await gaps.getByRole('link', { name: 'II.3' }).click();
    await markedLine(page, LINE_OF('3. Tổ chức hội chợ'));
    expect(await page.locator('article:focus-within').getAttribute('id')).toBe('task-II.3');
    const task = card(page, 'II.3');
    await task.getByRole('button', { name: 'Sửa' }).click();
    await task
      .getByRole('group', { name: 'Phối hợp' })
      .getByLabel(/Trung tâm Xúc tiến Thương mại/)
      .uncheck();
    await task.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('status').getByText('Đã lưu chỉnh sửa').waitFor();
    await page.getByRole('button', { name: 'Duyệt và ghi nhận kế hoạch' }).click();
    await page.getByRole('heading', { name: 'Đã duyệt' }).waitFor();
    await province.shot('doc-10-approved');
    await page.getByRole('link', { name: '77/KH-UBND' }).click();
    await page.getByRole('heading', { name: /Kế hoạch 77\/KH-UBND — Hà Nam/ }).waitFor();
    // The edited deadline: "trước ngày 31/7/2021" is due 30/07/2021, as the plan's task table shows it.
    expect(await page.locator('tr', { hasText: 'Khảo sát nhu cầu' }).textContent()).toContain('30/07/2021');
  });

  it('recorded the added task over GraphQL as the reviewer gave it (its line of the document, its lead, its due date), and the duties', async () => {
    const token = platform.token('PROVINCE', 'ha-nam');
    const drafts = await platform.gql<{
      documentDrafts: { fileName: string; status: string; recordedTasks: { ref: string; task: { id: string } | null }[] }[];
    }>(`{ documentDrafts(province: "ha-nam") { fileName status recordedTasks { ref task { id } } } }`, {}, token);
    const draft = drafts.data!.documentDrafts.find((d) => d.fileName === '77-kh-ubnd.txt')!;
    expect(draft.status).toBe('APPROVED');
    expect(draft.recordedTasks.map((t) => t.ref)).toContain('II.4');
    const id = draft.recordedTasks.find((t) => t.ref === 'II.4')!.task!.id;
    const answer = await platform.gql<{
      task: {
        code: string;
        title: string;
        deadline: { due: string | null; text: string | null };
        assignments: { role: string; unit: { name: string } }[];
        source: { startLine: number; endLine: number; text: string } | null;
      };
    }>(
      `query T($id: ID!) { task(id: $id) { code title deadline { due text } assignments { role unit { name } } source { startLine endLine text } } }`,
      { id },
      token,
    );
    expect(answer.errors).toBeUndefined();
    const task = answer.data!.task;
    expect(task.code).toBe('II.4');
    expect(task.title).toBe('Tập huấn cho doanh nghiệp về chuyển giao công nghệ');
    expect(task.source).toEqual({ startLine: MISSED, endLine: MISSED, text: PLAN.split('\n')[MISSED - 1] });
    expect(task.assignments.map((a) => [a.role, a.unit.name])).toEqual([['LEAD', 'Sở Khoa học và Công nghệ']]);
    expect(task.deadline).toEqual({ due: '2021-12-31', text: 'Quý IV/2021' });
    // The plan's reporting duties as the reviewer left them: six-monthly and yearly, both to UBND tỉnh.
    const plan = await platform.gql<{ plan: { reportingDuties: { frequency: string; reporters: { name: string }[] }[] } }>(
      `{ plan(id: "ha-nam.77-kh-ubnd") { reportingDuties { frequency reporters { name } } } }`,
      {},
      token,
    );
    expect(plan.errors).toBeUndefined();
    expect(plan.data!.plan.reportingDuties.map((d) => [d.frequency, d.reporters.map((u) => u.name)])).toEqual([
      ['SEMIANNUAL', ['Sở Khoa học và Công nghệ']],
      ['YEARLY', ['Sở Khoa học và Công nghệ']],
    ]);
  });

  it('shows the plan among the province’s plans, its drafts list approved, and in the comparisons of the decisions it implements', async () => {
    const { page } = province;
    await page.getByRole('link', { name: 'Tỉnh của tôi' }).click();
    await page.getByRole('link', { name: '77/KH-UBND' }).waitFor();
    await province.shot('doc-11-province-plans');
    await page.getByRole('link', { name: 'Văn bản của tỉnh' }).click();
    await page.locator('tr[data-status="APPROVED"]', { hasText: '77-kh-ubnd.txt' }).waitFor();
    await page.goto(`${platform.url}/decisions/${encodeURIComponent('696/QĐ-TTg')}`);
    await page.locator('tr[data-province="ha-nam"]').getByRole('link', { name: '77/KH-UBND' }).waitFor();
    await province.shot('doc-12-decision-comparison');
    // And in the comparison of the decision the reviewer moved to those it implements.
    await page.goto(`${platform.url}/decisions/${encodeURIComponent('2245/QĐ-TTg')}`);
    await page.locator('tr[data-province="ha-nam"]').getByRole('link', { name: '77/KH-UBND' }).waitFor();
  });

  it('takes an auditor from the task to its sentence and to the stored document', async () => {
    const { page } = auditor;
    await signIn(page, platform.url, platform.token('AUDITOR'));
    await page.goto(`${platform.url}/plans/ha-nam.77-kh-ubnd`);
    await page.getByRole('link', { name: 'Khảo sát nhu cầu đổi mới công nghệ của doanh nghiệp' }).click();
    const quote = page.locator('.source blockquote');
    await quote.waitFor();
    expect(await quote.textContent()).toContain('1. Khảo sát nhu cầu đổi mới công nghệ của doanh nghiệp');
    expect(await page.locator('.source').textContent()).toContain(`Dòng ${LINE_OF('1. Khảo sát nhu cầu')}–`);
    await auditor.shot('doc-13-task-source');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải văn bản gốc' }).click()]);
    expect(download.suggestedFilename()).toBe('77-kh-ubnd.txt');
    expect(readFileSync((await download.path())!, 'utf8')).toBe(PLAN);
    await page.getByRole('link', { name: 'Xem câu trong văn bản' }).click();
    await markedLine(page, LINE_OF('1. Khảo sát nhu cầu'));
    // An auditor reads the review; nothing in it can be changed from here.
    expect(await page.getByRole('button', { name: 'Sửa' }).count()).toBe(0);
    await auditor.shot('doc-14-sentence-in-document');
  });

  it('reaches a seeded task’s sentence too: its document was recorded without a draft, its text read from the stored file', async () => {
    const { page } = auditor;
    await page.goto(`${platform.url}/tasks/ha-nam.2811-kh-ubnd.t09`);
    const [, from, to] = /Dòng (\d+)–(\d+)/.exec((await page.locator('.source p').first().textContent())!)!;
    await page.getByRole('link', { name: 'Xem câu trong văn bản' }).click();
    await page.locator('.doc-lines li.hl').first().waitFor();
    // Exactly the lines the task's source counts, the first of them its agency's heading.
    const lines = await markedLines(page);
    expect(lines).toEqual(Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => Number(from) + i));
    expect(await page.locator('.doc-lines li.hl').first().textContent()).toContain('Sở Y tế');
    await auditor.shot('doc-15-seeded-sentence');
  });

  it('asked nothing of anyone but the platform', () => {
    expect([...province.requests, ...auditor.requests].length).toBeGreaterThan(10);
    expect(requestsElsewhere(platform.url, [province, auditor])).toEqual([]);
  });
});
