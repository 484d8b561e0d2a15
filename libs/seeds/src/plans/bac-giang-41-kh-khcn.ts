import { actor, parsePartialDate } from '@monitor/domain';
import { duty, planSeeds, yearlyStrictlyBefore, type TaskSeed } from '../seed-helpers.js';
import type { SeedCommand } from '../seed-command.js';
import { KH59_PLAN_ID } from './bac-giang-59-kh-ubnd.js';

/**
 * Bắc Giang 41/KH-KHCN, 22/05/2017 (document 000): Sở KH&CN's plan under UBND tỉnh's 59/KH-UBND.
 * Tasks are the rows of its appendix table (the table's own heading is garbled by the conversion),
 * each with the units of its "Đơn vị thực hiện" column and its "Thời gian thực hiện" 2017-2020.
 * Nhiệm vụ 3 and 4 span several rows with different lead units; each row is a task under that number.
 */
const SO = 'bac-giang.so-khcn';
const PHONG = `${SO}.cac-phong-don-vi`;
const issuedOn = parsePartialDate('22/5/2017');
// The signature block has the name only; "Lãnh đạo Sở" is what any signer of a Sở plan is.
const signer = actor('Nguyễn Đức Kiên', 'Lãnh đạo Sở KH&CN', SO);
const period = '2017-2020';
// One sentence (III) sets both duties: the units report to Phòng KHTC, which reports on to Sở KH&ĐT.
const REPORTING =
  'Trưởng các phòng, đơn vị trực thuộc Sở định kỳ hàng năm báo cáo kết quả thực hiện gửi Phòng Kế hoạch Tài chính tổng hợp, xây dựng báo cáo gửi Sở Kế hoạch và Đầu tư trước ngày 15/11';

const tasks: TaskSeed[] = [
  {
    code: 'Nhiệm vụ 1',
    title: 'Nâng cao năng lực, hiệu lực và hiệu quả trong công tác chỉ đạo điều hành, quản lý nhà nước',
    deadline: period,
    leads: [`${SO}.van-phong`],
    coordinators: [PHONG],
  },
  {
    code: 'Nhiệm vụ 2',
    title: 'Tiếp tục cải thiện môi trường đầu tư, kinh doanh',
    deadline: period,
    // "Trưởng các phòng, đơn vị trực thuộc Sở thực hiện"
    leads: [PHONG],
  },
  {
    code: 'Nhiệm vụ 3',
    title:
      'Đẩy mạnh ứng dụng KH&CN: rà soát, tham mưu hoàn thiện cơ chế, chính sách; tiếp tục thực hiện Kế hoạch số 1921/KH-UBND ngày 2/7/2013 và Kế hoạch số 2922/KH-UBND ngày 13/10/2015 của UBND tỉnh',
    deadline: period,
    leads: [`${SO}.phong-khtc`],
    coordinators: [PHONG],
  },
  {
    code: 'Nhiệm vụ 3',
    title:
      'Thực hiện hiệu quả Chương trình quốc gia về nâng cao năng suất và chất lượng sản phẩm hàng hóa của doanh nghiệp Việt Nam; thí điểm chương trình thúc đẩy tăng năng suất lao động; dự án Nâng cao năng suất, chất lượng sản phẩm, hàng hóa doanh nghiệp vừa và nhỏ của tỉnh Bắc Giang',
    deadline: period,
    leads: [`${SO}.chi-cuc-tdc`],
    coordinators: [PHONG],
  },
  {
    code: 'Nhiệm vụ 3',
    title:
      'Thực hiện hiệu quả các chương trình quốc gia về đổi mới công nghệ, phát triển công nghệ cao và sản phẩm quốc gia; hướng dẫn các doanh nghiệp tham gia các chương trình hỗ trợ doanh nghiệp đổi mới công nghệ',
    deadline: period,
    leads: [`${SO}.phong-qlcn-ttcn`],
    coordinators: [PHONG],
  },
  {
    code: 'Nhiệm vụ 3',
    title:
      'Tăng cường quản lý nhà nước, nâng cao tiềm lực và hiệu quả hoạt động KH&CN, nâng cao hiệu quả sử dụng kinh phí nghiên cứu khoa học từ ngân sách nhà nước',
    deadline: period,
    leads: [`${SO}.phong-khtc`],
    coordinators: [PHONG],
  },
  {
    code: 'Nhiệm vụ 3',
    title: 'Đẩy mạnh việc thực hiện cơ chế tự chủ, tự chịu trách nhiệm đối với tổ chức KH&CN công lập',
    deadline: period,
    // "TT UDTB KH&CN, TT TT&TK KH&CN, TT KTTCDLCL chủ trì": three leads, abbreviated.
    leads: [`${SO}.tt-udtb`, `${SO}.tt-tttk`, `${SO}.tt-kttcdlcl`],
    coordinators: [PHONG],
  },
  {
    code: 'Nhiệm vụ 3',
    title:
      'Nghiên cứu triển khai cơ chế, hình thức phổ biến khoa học kỹ thuật, công nghệ miễn phí cho các doanh nghiệp nhỏ và vừa, hộ sản xuất để nâng cao năng suất lao động',
    deadline: period,
    leads: [`${SO}.tt-tttk`],
    coordinators: [PHONG],
  },
  {
    code: 'Nhiệm vụ 3',
    title:
      'Tham mưu hoạt động nghiên cứu, ứng dụng lĩnh vực khoa học kỹ thuật phục vụ sản xuất, kinh doanh; tổ chức đặt hàng nghiên cứu đề tài nâng cao sự đóng góp của TFP vào GRDP của tỉnh',
    deadline: period,
    leads: [`${SO}.phong-qlkh`],
    coordinators: [PHONG],
  },
  {
    code: 'Nhiệm vụ 4',
    title:
      'Tạo bước chuyển biến rõ nét trong cơ cấu lại các ngành kinh tế: đẩy mạnh nghiên cứu ứng dụng, chuyển giao công nghệ cao vào sản xuất nông nghiệp',
    deadline: period,
    leads: [`${SO}.phong-qlkh`],
    coordinators: [PHONG],
  },
  {
    code: 'Nhiệm vụ 4',
    title:
      'Phối hợp với Sở Công Thương, UBND các huyện, thành phố tổ chức quảng bá các sản phẩm nông sản chủ lực của tỉnh; giữ vững và nâng cao thương hiệu nông sản hàng hóa',
    deadline: period,
    leads: [`${SO}.phong-ql-chuyen-nganh`],
    coordinators: [PHONG],
  },
  {
    code: 'Nhiệm vụ 5',
    title: 'Sắp xếp, đổi mới, nâng cao hiệu quả hoạt động các đơn vị sự nghiệp công lập',
    deadline: period,
    // The table says "Các đơn vị sự nghiệp công lập chủ trì"; the prose (II.5) lists the three centres.
    leads: [`${SO}.cac-don-vi-su-nghiep`],
    coordinators: [PHONG],
  },
];

export const kh41Seeds: readonly SeedCommand[] = planSeeds(
  {
    planId: 'bac-giang.41-kh-khcn',
    provinceId: 'bac-giang',
    number: '41/KH-KHCN',
    title:
      'Thực hiện một số chủ trương, chính sách lớn nhằm tiếp tục đổi mới mô hình tăng trưởng, nâng cao chất lượng, năng suất lao động, sức cạnh tranh của nền kinh tế và cơ cấu lại nền kinh tế đến năm 2020',
    issuerUnitId: SO,
    issuedOn,
    // "Cụ thể hóa và triển khai có hiệu quả Nghị quyết số 27/NQ-CP ...; Kế hoạch số 59/KH-UBND"
    implements: ['27/NQ-CP'],
    parentPlanId: KH59_PLAN_ID,
    reportingDuties: [
      duty('r01', [PHONG], { name: 'Phòng Kế hoạch Tài chính', unitId: `${SO}.phong-khtc` }, 'YEARLY', null, REPORTING),
      duty(
        'r02',
        [`${SO}.phong-khtc`],
        { name: 'Sở Kế hoạch và Đầu tư', unitId: 'bac-giang.so-khdt' },
        'YEARLY',
        yearlyStrictlyBefore(15, 11),
        REPORTING,
      ),
    ],
    targets: [],
    budget: null,
  },
  signer,
  issuedOn,
  tasks,
);
