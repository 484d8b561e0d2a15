import { actor, parsePartialDate, parseVietnameseNumber, type Budget } from '@monitor/domain';
import { duty, planSeeds, target, type TaskSeed } from '../seed-helpers.js';
import type { SeedCommand } from '../seed-command.js';

/**
 * Bắc Giang Sở KH&CN, "Số: /KH-KHCN" (number blank), dated "tháng 7 năm 2020" (document 001): the
 * five-year plan 2021–2025. Part one (results of 2016–2020) reports, it assigns nothing and is left out.
 * Part two's ten task areas (II.1–II.10) are the tasks: the plan gives them no deadline of their own,
 * so each takes the plan's period, and no unit but the Sở itself ("Sở KH&CN có trách nhiệm chỉ đạo tổ
 * chức triển khai"), with the departments an area names as partners as coordinators.
 */
const P = 'bac-giang';
const SO = `${P}.so-khcn`;
const issuedOn = parsePartialDate('tháng 7 năm 2020');
const signer = actor('Nguyễn Thanh Bình', 'Giám đốc Sở KH&CN', SO);
const period = 'Giai đoạn 2021 – 2025';
const n = parseVietnameseNumber;

const tasks: TaskSeed[] = [
  {
    code: 'II.1',
    title: 'Nâng cao vai trò của KH&CN trong phát triển kinh tế',
    deadline: period,
    leads: [SO],
    coordinators: [`${P}.so-nnptnt`],
  },
  { code: 'II.2', title: 'Đẩy mạnh phát triển và ứng dụng KH&CN', deadline: period, leads: [SO] },
  {
    code: 'II.3',
    title: 'Xây dựng, phát triển một số thương hiệu hàng hóa',
    deadline: period,
    leads: [SO],
    targets: [
      target(
        'chi-dan-dia-ly',
        'Chỉ dẫn địa lý được bảo hộ mới',
        'RANGE',
        { min: '01', max: '02' },
        'chỉ dẫn địa lý',
        '2025',
        'Giai đoạn 2021 – 2025 phấn đấu bảo hộ mới: 01-02 chỉ dẫn địa lý',
      ),
      target(
        'nhan-hieu',
        'Nhãn hiệu được bảo hộ mới',
        'RANGE',
        { min: '15', max: '20' },
        'nhãn hiệu',
        '2025',
        'Giai đoạn 2021 – 2025 phấn đấu bảo hộ mới: 15-20 nhãn hiệu',
      ),
      target(
        'don-nhan-hieu',
        'Số đơn đăng ký nhãn hiệu thông thường',
        'GROWTH_RATE',
        { min: '3' },
        '%/năm',
        '2025',
        'số đơn đăng ký nhãn hiệu thông thường tăng trung bình 3%/năm',
      ),
      // The sentence has no verb ("... trên địa bàn tỉnh 2%/năm"): a yearly rate of a count, read as growth.
      target(
        'don-sang-che',
        'Tổng số đơn đăng ký sáng chế, giải pháp hữu ích và văn bằng bảo hộ sáng chế, giải pháp hữu ích',
        'GROWTH_RATE',
        { min: '2' },
        '%/năm',
        '2025',
        'Tổng số đơn đăng ký sáng chế, giải pháp hữu ích và văn bằng bảo hộ sáng chế, giải pháp hữu ích trên địa bàn tỉnh 2%/năm',
      ),
    ],
  },
  { code: 'II.4', title: 'Đẩy mạnh hoạt động sáng kiến', deadline: period, leads: [SO] },
  { code: 'II.5', title: 'Tăng cường quản lý an toàn bức xạ hạt nhân', deadline: period, leads: [SO] },
  {
    code: 'II.6',
    title: 'Tăng cường công tác quản lý nhà nước, phát triển thị trường công nghệ',
    deadline: period,
    leads: [SO],
    // "Chủ trì, phối hợp với Sở Kế hoạch và Đầu tư, các sở, ngành có liên quan ..."; "Phối hợp với Sở Xây
    // dựng, Sở Công Thương, Sở Tài nguyên và Môi trường, UBND các huyện, thành phố ..."
    coordinators: [
      `${P}.so-khdt`,
      `${P}.cac-so-nganh-lien-quan`,
      `${P}.so-xay-dung`,
      `${P}.so-cong-thuong`,
      `${P}.so-tnmt`,
      `${P}.ubnd-cac-huyen`,
    ],
  },
  {
    code: 'II.7',
    title: 'Hoạt động tiêu chuẩn đo lường chất lượng (TCĐLCL)',
    deadline: period,
    leads: [SO],
    targets: [
      target(
        'tfp',
        'Đóng góp của năng suất yếu tố tổng hợp (TFP) vào tăng trưởng kinh tế',
        'RANGE',
        { min: '20', max: '30' },
        '%',
        '2030',
        'Nâng đóng góp của năng suất yếu tố tổng hợp (TFP) vào tăng trưởng kinh tế thời kỳ 2021-2030 đạt khoảng 20-30%',
      ),
      target(
        'chuan-do-luong',
        'Chuẩn đo lường, phương tiện đo được xã hội hóa',
        'AT_LEAST',
        { min: '05' },
        'chuẩn đo lường, phương tiện đo',
        '2025',
        'Hỗ trợ và khuyến khích xã hội hóa được ít nhất 05 chuẩn đo lường, phương tiện đo các loại',
      ),
      target(
        'dam-bao-do-luong',
        'Doanh nghiệp, tổ chức được kiểm định, hiệu chuẩn, thử nghiệm phương tiện đo',
        'AT_LEAST',
        { min: '10' },
        'lượt doanh nghiệp, tổ chức',
        '2025',
        'Triển khai Chương trình đảm bảo đo lường theo hướng dẫn của Bộ KH&CN thông qua hoạt động kiểm định, hiệu chuẩn, thử nghiệm phương tiện đo cho ít nhất 10 lượt doanh nghiệp, tổ chức',
      ),
      target(
        'boi-duong-tcdlcl',
        'Người được bồi dưỡng chuyên môn nghiệp vụ về tiêu chuẩn đo lường chất lượng',
        'AT_LEAST',
        { min: '300' },
        'lượt người',
        '2025',
        'Bồi dưỡng, nâng cao chuyên môn nghiệp vụ về tiêu chuẩn đo lường chất lượng ít nhất 300 lượt người, dự kiến 60 lượt người/năm',
      ),
    ],
  },
  { code: 'II.8', title: 'Phát triển thông tin và thống kê KH&CN', deadline: period, leads: [SO] },
  {
    code: 'II.9',
    // Its partners are national bodies (Bộ KH&CN, the two Academies, ...), not units of the province.
    title: 'Tham mưu UBND tỉnh thực hiện Chương trình phối hợp với các cơ quan, viện nghiên cứu của Trung ương',
    deadline: period,
    leads: [SO],
  },
  {
    code: 'II.10',
    title: 'Tăng cường hiệu lực, hiệu quả quản lý nhà nước; đẩy mạnh cải cách thủ tục hành chính',
    deadline: period,
    leads: [SO],
  },
];

/** IV. Kinh phí thực hiện: the three headings add up to the total (their own sub-items are not parts). */
const budget: Budget = {
  total: n('1.634.630'),
  unit: 'triệu đồng',
  text: 'Tổng kinh phí: 1.634.630 triệu đồng',
  parts: [
    { label: 'Kinh phí sự nghiệp KH&CN', amount: n('239.040,14'), text: 'Kinh phí sự nghiệp KH&CN: 239.040,14 triệu đồng' },
    {
      label: 'Kinh phí đầu tư phát triển KH&CN',
      amount: n('1.294.777,38'),
      text: 'Kinh phí đầu tư phát triển KH&CN: 1.294.777,38 triệu đồng',
    },
    { label: 'Kinh phí quản lý nhà nước', amount: n('100.812,48'), text: 'Kinh phí quản lý nhà nước: 100.812,48 triệu đồng' },
  ],
};

export const kh2021To2025Seeds: readonly SeedCommand[] = planSeeds(
  {
    planId: 'bac-giang.kh-khcn-2021-2025',
    provinceId: P,
    number: null,
    title: 'Phát triển kinh tế - xã hội 5 năm, giai đoạn 2021 – 2025',
    issuerUnitId: SO,
    issuedOn,
    // Its opening states no basis: no "Thực hiện …", no "Căn cứ …", it begins with part one's results.
    // Part two's goals "tiếp tục thực hiện" 46/NQ-CP, its task II.1 the restructuring scheme of
    // 2245/QĐ-TTg (not named by number), and solution group "Một là" 696/QĐ-TTg: mentions in the
    // body, so cited, never counted in lag or coverage (DOMAIN.md, "How a plan relates …").
    implements: [],
    cites: ['696/QĐ-TTg', '46/NQ-CP', '2245/QĐ-TTg'],
    statesNoBasis: true,
    parentPlanId: null,
    reportingDuties: [
      duty(
        'r01',
        [SO],
        { name: 'Sở Kế hoạch và Đầu tư', unitId: `${P}.so-khdt` },
        'QUARTERLY',
        null,
        'Định kỳ hàng quý báo cáo tiến độ thực hiện Kế hoạch này và dự kiến các giải pháp thực hiện quý tiếp theo gửi về Sở Kế hoạch và Đầu tư để tổng hợp báo cáo UBND tỉnh',
      ),
    ],
    targets: [
      target(
        'nhiem-vu-moi-huyen',
        'Nhiệm vụ KH&CN lựa chọn cùng mỗi huyện, thành phố',
        'AT_LEAST',
        { min: '5' },
        'nhiệm vụ KH&CN mỗi huyện, thành phố',
        '2025',
        'phối hợp với các địa phương lựa chọn tối thiểu mỗi đơn vị 5 nhiệm vụ KH&CN từ nay đến 2025',
      ),
      target(
        'chi-ngan-sach',
        'Mức chi cho KH&CN',
        'SHARE_OF_BUDGET',
        { min: '1,5' },
        '% tổng chi ngân sách',
        '2025',
        'Đề nghị HĐND tỉnh tiếp tục quan tâm đầu tư cho hoạt động KH&CN theo lộ trình từ nay đến năm 2025 đảm bảo mức chi cho KH&CN đạt 1,5% tổng chi ngân sách',
      ),
    ],
    budget,
  },
  signer,
  issuedOn,
  tasks,
);
