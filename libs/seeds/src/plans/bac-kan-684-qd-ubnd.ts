import { actor, parsePartialDate } from '@monitor/domain';
import { duty, planSeeds, target, type TaskSeed } from '../seed-helpers.js';
import type { SeedCommand } from '../seed-command.js';

/**
 * Bắc Kạn 684/QĐ-UBND, 16/05/2016 (document 002): the decision issuing the action plan for the S&T
 * restructuring scheme of 2245/QĐ-TTg. The tasks are the duties per agency of part V (Tổ chức thực
 * hiện), one per agency as the plan groups them. No duty has a deadline of its own: each takes the
 * plan's horizon as its title words it, "đến năm 2020, tầm nhìn đến năm 2030" (due end of 2020).
 */
const P = 'bac-kan';
const u = (slug: string) => `${P}.${slug}`;
const issuedOn = parsePartialDate('16/05/2016');
const signer = actor('Đỗ Thị Minh Hoa', 'Phó Chủ tịch UBND tỉnh Bắc Kạn', u('ubnd-tinh'));
const horizon = 'Đến năm 2020, tầm nhìn đến năm 2030';

const tasks: TaskSeed[] = [
  {
    code: 'V.1',
    title:
      'Sở Khoa học và Công nghệ: chủ trì, phối hợp với các Sở, Ngành và địa phương tổ chức thực hiện các nội dung của Kế hoạch; hướng dẫn, đôn đốc, kiểm tra, tổng hợp kết quả thực hiện; tổ chức sơ kết, tổng kết',
    deadline: horizon,
    leads: [u('so-khcn')],
    coordinators: [u('cac-so-nganh-lien-quan'), u('ubnd-cac-huyen')],
  },
  {
    code: 'V.2',
    title:
      'Sở Kế hoạch và Đầu tư, Sở Tài chính: ưu tiên bố trí vốn đầu tư phát triển, vốn sự nghiệp KH&CN để thực hiện Kế hoạch; chủ trì thẩm định các dự án đầu tư về KH&CN theo phân cấp',
    deadline: horizon,
    leads: [u('so-khdt'), u('so-tai-chinh')],
  },
  {
    code: 'V.3',
    title:
      'Sở Nông nghiệp - Phát triển nông thôn: xây dựng mô hình ứng dụng công nghệ cao trong sản xuất rau; ứng dụng VietGAP cho quýt, hồng không hạt; củng cố, phát triển Trung tâm Giống cây trồng - vật nuôi, chuyển đổi thành tổ chức KH&CN',
    deadline: horizon,
    leads: [u('so-nnptnt')],
    coordinators: [u('so-khcn'), u('ubnd-cac-huyen')],
  },
  {
    code: 'V.4',
    title:
      'Sở Công thương: phối hợp với Sở Khoa học và Công nghệ đề xuất chính sách hỗ trợ doanh nghiệp đổi mới công nghệ; hoàn thiện nhãn mác cho sản phẩm nông sản đặc trưng đã được bảo hộ',
    deadline: horizon,
    leads: [u('so-cong-thuong')],
    coordinators: [u('so-khcn')],
  },
  {
    code: 'V.5',
    title: 'Sở Y tế: xây dựng, củng cố và phát triển các tổ chức khoa học và công nghệ; lồng ghép thực hiện kế hoạch hành động trong ngành',
    deadline: horizon,
    leads: [u('so-y-te')],
  },
  {
    code: 'V.6',
    title:
      'UBND các huyện, thành phố: phối hợp chọn địa điểm xây dựng mô hình ứng dụng công nghệ cao trong sản xuất rau; chủ động đề xuất, đặt hàng các nhiệm vụ KH&CN phục vụ phát triển kinh tế-xã hội địa phương',
    deadline: horizon,
    leads: [u('ubnd-cac-huyen')],
    coordinators: [u('so-khcn'), u('so-nnptnt')],
  },
  {
    code: 'V.7',
    title:
      'Các Sở, Ngành liên quan: phối hợp xây dựng các giải pháp tổ chức thực hiện Kế hoạch; chủ động đề xuất, đặt hàng nhiệm vụ KH&CN thuộc lĩnh vực chuyên môn của ngành',
    deadline: horizon,
    leads: [u('cac-so-nganh-lien-quan')],
  },
];

/** "Đến năm 2020": "ít nhất 02" bounds from below; "khoảng 20" and a bare "01" name one value. */
const by2020 = (id: string, indicator: string, kind: 'AT_LEAST' | 'ABOUT' | 'EXACT', count: string, unit: string, text: string) =>
  target(id, indicator, kind, kind === 'AT_LEAST' ? { min: count } : { min: count, max: count }, unit, '2020', text);

export const qd684Seeds: readonly SeedCommand[] = planSeeds(
  {
    planId: 'bac-kan.684-qd-ubnd',
    provinceId: P,
    number: '684/QĐ-UBND',
    title:
      'Kế hoạch hành động thực hiện Đề án tái cơ cấu ngành Khoa học và Công nghệ đến năm 2020, tầm nhìn đến năm 2030 gắn với chuyển đổi mô hình tăng trưởng góp phần phát triển kinh tế - xã hội trên địa bàn tỉnh Bắc Kạn',
    issuerUnitId: u('ubnd-tinh'),
    issuedOn,
    implements: ['2245/QĐ-TTg'],
    parentPlanId: null,
    reportingDuties: [
      duty(
        'r01',
        // "các Sở, Ngành": the agencies part V names and every other one concerned.
        [
          u('so-khdt'),
          u('so-tai-chinh'),
          u('so-nnptnt'),
          u('so-cong-thuong'),
          u('so-y-te'),
          u('cac-so-nganh-lien-quan'),
          u('ubnd-cac-huyen'),
        ],
        { name: 'Sở Khoa học và Công nghệ', unitId: u('so-khcn') },
        'YEARLY',
        { dueMonth: 11, dueDay: 30 },
        'Hàng năm, vào tháng 11, các Sở, Ngành, UBND các huyện, thành phố có trách nhiệm báo cáo tình hình triển khai thực hiện kế hoạch về Sở Khoa học và Công nghệ tổng hợp, báo cáo UBND tỉnh',
      ),
      duty(
        'r02',
        [u('so-khcn')],
        { name: 'UBND tỉnh', unitId: u('ubnd-tinh') },
        'YEARLY',
        null,
        'Đôn đốc, kiểm tra, tổng hợp kết quả thực hiện, định kỳ hàng năm báo cáo UBND tỉnh',
      ),
    ],
    targets: [
      by2020(
        'mo-hinh-rau-cnc',
        'Mô hình sản xuất rau công nghệ cao',
        'AT_LEAST',
        '02',
        'mô hình',
        'Xây dựng được ít nhất 02 mô hình sản xuất rau công nghệ cao',
      ),
      by2020('mo-hinh-che-shan', 'Mô hình chế biến chè Shan tuyết', 'EXACT', '01', 'mô hình', '01 mô hình chế biến chè Shan tuyết'),
      by2020(
        'nhan-hieu-tap-the',
        'Sản phẩm của địa phương được đăng ký nhãn hiệu tập thể',
        'EXACT',
        '01',
        'sản phẩm',
        '01 sản phẩm của địa phương được đăng ký nhãn hiệu tập thể',
      ),
      by2020('to-chuc-khcn-cong-lap-2020', 'Tổ chức KH&CN công lập', 'AT_LEAST', '03', 'tổ chức', 'có ít nhất 03 tổ chức KH&CN công lập'),
      by2020(
        'doanh-nghiep-doi-moi-cong-nghe',
        'Doanh nghiệp được hỗ trợ đổi mới công nghệ',
        'ABOUT',
        '20',
        'doanh nghiệp',
        'bước đầu hỗ trợ khoảng 20 doanh nghiệp đổi mới công nghệ',
      ),
      target(
        'doanh-nghiep-khcn',
        'Doanh nghiệp KH&CN',
        'AT_LEAST',
        { min: '03' },
        'doanh nghiệp',
        '2030',
        'phát triển được ít nhất 03 doanh nghiệp KH&CN',
      ),
      // III.A.2 words it "Phát triển thêm 02 tổ chức KH&CN công lập" by 2030: two more, not at least two.
      target(
        'to-chuc-khcn-cong-lap-2030',
        'Tổ chức KH&CN công lập phát triển thêm',
        'EXACT',
        { min: '02', max: '02' },
        'tổ chức',
        '2030',
        '02 tổ chức KH&CN công lập',
      ),
      target(
        'phong-cong-nghe-sinh-hoc',
        'Phòng Công nghệ sinh học',
        'EXACT',
        { min: '01', max: '01' },
        'phòng',
        '2030',
        'xây dựng 01 Phòng Công nghệ sinh học',
      ),
      target(
        'dau-tu-xa-hoi-khcn',
        'Tổng đầu tư xã hội cho KH&CN',
        'SHARE_OF_BUDGET',
        { min: '1,5', max: '2' },
        '% tổng chi ngân sách của tỉnh',
        null,
        'bảo đảm tổng đầu tư xã hội cho KH&CN từ 1,5-2% tổng chi ngân sách của tỉnh theo quy định của Luật KH&CN năm 2013',
      ),
    ],
    budget: null,
  },
  signer,
  issuedOn,
  tasks,
);
