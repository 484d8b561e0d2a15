/** Downloads what is on screen: CSV here, XLSX through a maintained writer fetched only when asked for. */
export type Cell = string | number | null;

const csvCell = (cell: Cell): string => {
  if (cell === null) return '';
  const text = String(cell);
  // Quote what would split a cell or a row; a leading =,+,-,@ is kept as text so a spreadsheet never runs it.
  const safe = /^[=+\-@]/.test(text) && typeof cell === 'string' ? `'${text}` : text;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** RFC 4180 CSV, UTF-8 with a byte-order mark so spreadsheets read the Vietnamese letters. */
export const toCsv = (rows: Cell[][]): string => '\ufeff' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';

const save = (blob: Blob, fileName: string) => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

export const downloadCsv = (rows: Cell[][], fileName: string) =>
  save(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }), fileName);

export const downloadXlsx = async (rows: Cell[][], fileName: string) => {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  save(await writeXlsxFile(rows).toBlob(), fileName);
};
