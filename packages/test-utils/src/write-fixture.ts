import { strToU8, zipSync } from 'fflate';

/** A fixture as a grid of text cells; the same grid can be written as CSV, TSV or XLSX. */
export type FixtureGrid = string[][];

function quoteCsv(cell: string, delimiter: string): string {
  return /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * Writes a grid as delimited text (RFC 4180 quoting, CRLF like O*NET's files by default).
 *
 * @param grid - the rows, header first.
 * @param delimiter - `,` or tab.
 * @param lineEnding - `\r\n` (default) or `\n`.
 * @returns the text, ending with a line break.
 */
export function writeDelimited(grid: FixtureGrid, delimiter = ',', lineEnding = '\r\n'): string {
  return (
    grid.map((row) => row.map((cell) => quoteCsv(cell, delimiter)).join(delimiter)).join(lineEnding) +
    lineEnding
  );
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * Writes a minimal but valid `.xlsx` workbook (shared strings for text, numbers as numbers), enough
 * for fixtures of the spreadsheet adapters.
 *
 * @param sheets - sheet name to grid; cells that look like plain numbers are stored as numbers.
 * @returns the workbook's bytes.
 */
export function writeXlsx(sheets: Record<string, FixtureGrid>): Uint8Array {
  const names = Object.keys(sheets);
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const files: Record<string, Uint8Array> = {};
  names.forEach((name, position) => {
    const rows = sheets[name]!.map((row, r) => {
      const cells = row
        .map((cell, c) => {
          if (cell === '') return '';
          const reference = `${columnName(c)}${r + 1}`;
          if (/^-?\d+(\.\d+)?$/.test(cell)) return `<c r="${reference}"><v>${cell}</v></c>`;
          let index = stringIndex.get(cell);
          if (index === undefined) {
            index = strings.length;
            strings.push(cell);
            stringIndex.set(cell, index);
          }
          return `<c r="${reference}" t="s"><v>${index}</v></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    });
    files[`xl/worksheets/sheet${position + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`,
    );
  });
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${names.map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${names.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  files['xl/sharedStrings.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('')}</sst>`,
  );
  return zipSync(files);
}
