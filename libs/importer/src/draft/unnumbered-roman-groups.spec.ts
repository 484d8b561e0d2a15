import { TEST_CONTEXT, doc, taskRows } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';

// Reader 1.18: a Roman group of a lettered part that numbers no item is an item itself; an item's own paragraph
// before its hand-outs writes its lead.
const rows = (...lines: string[]) =>
  taskRows(draftPlan(doc('Số: 20/KH-UBND', '', 'KẾ HOẠCH', 'Chuyển đổi số năm 2026', '', ...lines), TEST_CONTEXT));

describe('Roman groups that number no item', () => {
  it('reads the group as an item: bullets that write their leads are its tasks, a paragraph and a hand-out two tasks', () => {
    expect(
      rows(
        'A. MỤC ĐÍCH, YÊU CẦU',
        '- Dữ liệu được kết nối, chia sẻ.',
        '',
        'B. NHIỆM VỤ VÀ GIẢI PHÁP',
        '',
        'I. Hoàn thiện thể chế',
        '',
        '1. Ban hành quy chế quản lý dữ liệu (Chủ trì: Sở Khoa học và Công nghệ; thời hạn: Quý II/2026).',
        '',
        'II. Phát triển cơ sở dữ liệu chuyên ngành (hoàn thành trong năm 2026)',
        '',
        '- Cơ sở dữ liệu công nghiệp: hoàn thiện, vận hành — Sở Công Thương.',
        '- Cơ sở dữ liệu nông nghiệp: Sở Nông nghiệp và Phát triển nông thôn; Quý III/2026.',
        '',
        'III. Ứng dụng công nghệ số trong quản lý, điều hành và phục vụ người dân, doanh nghiệp',
        '',
        'Cung cấp dịch vụ công trực tuyến toàn trình. Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư thực hiện; báo cáo trước ngày 15/12/2026.',
        '',
        'Giao Sở Công Thương chủ trì phát triển thương mại điện tử; hoàn thành trong Quý I/2026.',
        '',
        'IV. Hỗ trợ doanh nghiệp',
        'Nội dung và cơ quan chủ trì các nhiệm vụ tại Phụ lục kèm theo Kế hoạch này.',
        '',
        'C. TỔ CHỨC THỰC HIỆN',
        '',
        '1. Sở Khoa học và Công nghệ theo dõi việc thực hiện Kế hoạch.',
      ),
    ).toEqual([
      ['B.I.1', ['tinh-a.so-khcn'], [], '2026-06-30'],
      ['B.II.1', ['tinh-a.so-cong-thuong'], [], '2026-12-31'],
      ['B.II.2', ['tinh-a.so-nnptnt'], [], '2026-09-30'],
      ['B.III', ['tinh-a.so-tai-chinh'], ['tinh-a.so-khdt'], '2026-12-14'],
      ['B.III.g1', ['tinh-a.so-cong-thuong'], [], '2026-03-31'],
      ['C.1', ['tinh-a.so-khcn'], [], null],
    ]);
  });
});
