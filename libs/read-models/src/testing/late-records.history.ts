import {
  cancelled,
  completed,
  deadlineChanged,
  directive,
  merged,
  plan,
  planReporting,
  province,
  reported,
  reportedBy,
  reportedValues,
  task,
  taskWithTargets,
  unit,
  type Fact,
} from './monitoring-fixtures.js';

/** A history recorded in this order, with facts recorded late, corrected and moved: [event, occurred, recorded]. */
export const lateRecords: Fact[] = [
  [province('ha-nam', 'Hà Nam'), '2016-01-01', '2020-01-01'],
  [province('nam-dinh', 'Nam Định'), '2016-01-01', '2020-01-01'],
  [province('ninh-binh', 'Ninh Bình'), '2016-01-01', '2020-01-01'],
  [unit('hn.so', 'ha-nam'), '2016-01-01', '2020-01-01'],
  [directive('696/QĐ-TTg', '2020-05-25'), '2020-05-25', '2020-05-26'],
  [
    planReporting('hn', 'ha-nam', '2020-09-16', ['696/QĐ-TTg'], {
      frequency: 'QUARTERLY',
      dueMonth: null,
      dueDay: null,
      reporters: ['hn.so'],
    }),
    '2020-09-16',
    '2020-09-20',
  ],
  [task('hn-1', 'hn', 'ha-nam', 'trước ngày 01/12/2020'), '2020-09-16', '2020-09-20'],
  [task('hn-2', 'hn', 'ha-nam', 'trong năm 2021'), '2020-09-16', '2020-09-20'],
  [task('hn-3', 'hn', 'ha-nam', 'không'), '2020-09-16', '2020-09-20'],
  [
    taskWithTargets('hn-4', 'hn', 'ha-nam', 'đến năm 2025', [
      {
        id: 'mo-hinh',
        indicator: 'mô hình',
        kind: 'AT_LEAST',
        min: 2,
        max: null,
        unit: 'mô hình',
        horizon: '2025',
        text: 'ít nhất 02 mô hình',
      },
    ]),
    '2020-09-16',
    '2020-09-20',
  ],
  [reportedValues('hn-4', 'v1', [{ targetId: 'mo-hinh', value: 1 }]), '2020-12-01', '2020-12-01'],
  [reportedBy('hn-2', 'a', 'hn.so'), '2021-02-10', '2021-02-10'],
  // Nam Định's plan was issued in 2020 but entered only in March 2021.
  [plan('nd', 'nam-dinh', '2020-10', ['696/QĐ-TTg']), '2020-10-01', '2021-03-01'],
  [task('nd-1', 'nd', 'nam-dinh', 'trong năm 2020'), '2020-10-01', '2021-03-01'],
  [completed('nd-1'), '2020-12-20', '2021-03-01'],
  // A report of January recorded in April: hn-2 was in progress earlier than the platform showed.
  [reportedBy('hn-2', 'b', 'hn.so'), '2021-01-05', '2021-04-01'],
  [reported('hn-3', 'c'), '2021-04-02', '2021-04-02'],
  // hn-1's deadline moved twice, the second move recorded a month late; completed, recorded late.
  [deadlineChanged('hn-1', 'trước ngày 31/12/2020'), '2020-11-20', '2020-11-20'],
  [deadlineChanged('hn-1', 'trước ngày 31/03/2021'), '2020-12-15', '2021-01-15'],
  [completed('hn-1'), '2021-03-01', '2021-05-01'],
  [cancelled('hn-3'), '2021-06-01', '2021-06-03'],
  // Two models reached in February, reported only in June.
  [reportedValues('hn-4', 'v2', [{ targetId: 'mo-hinh', value: 2 }]), '2021-02-15', '2021-06-10'],
  [merged('ninh-binh', ['ha-nam', 'nam-dinh'], '2025-07-01'), '2025-07-01', '2025-07-05'],
];
