// Hostile XLSX files for tests (ADR 0022): small when compressed, huge when unpacked. Written by
// hand as a zip so that a test can make an entry lie about its unpacked size, which no zip library
// will do. The CRC is left 0: yauzl does not check it, and no one else reads these files.
import { createDeflateRaw, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  /** The deflated bytes. */
  compressed: Buffer;
  /** The unpacked size the zip declares. */
  declaredSize: number;
}

export function deflatedPart(name: string, text: string): ZipPart {
  const bytes = Buffer.from(text, 'utf8');
  return { name, compressed: deflateRawSync(bytes), declaredSize: bytes.length };
}

/** `chunk` repeated `times` times, deflated as one stream without ever holding it whole. */
export async function deflatedRepeat(
  name: string,
  prefix: string,
  chunk: string,
  times: number,
  suffix: string,
): Promise<ZipPart> {
  const deflate = createDeflateRaw({ level: 9 });
  const output: Buffer[] = [];
  deflate.on('data', (data: Buffer) => output.push(data));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  const chunkBytes = Buffer.from(chunk.repeat(Math.max(1, Math.floor(65_536 / chunk.length))));
  const perWrite = chunkBytes.length / Buffer.byteLength(chunk);
  let written = Buffer.byteLength(prefix);
  deflate.write(prefix);
  for (let left = times; left > 0; left -= perWrite) {
    const part = left >= perWrite ? chunkBytes : Buffer.from(chunk.repeat(left));
    written += part.length;
    if (!deflate.write(part)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  written += Buffer.byteLength(suffix);
  deflate.end(suffix);
  await done;
  return { name, compressed: Buffer.concat(output), declaredSize: written };
}

/** A zip of the parts, stored as given (deflated, sizes as declared). */
export function zipOf(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(0, 14); // CRC
    local.writeUInt32LE(part.compressed.length, 18);
    local.writeUInt32LE(part.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, part.compressed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    central.writeUInt16LE(20, 6); // needed
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(0, 16);
    central.writeUInt32LE(part.compressed.length, 20);
    central.writeUInt32LE(part.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + part.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const SHEET_START =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_END = '</sheetData></worksheet>';

/** The parts of a workbook of one sheet around `sheet` (its xl/worksheets/sheet1.xml). */
export function workbookAround(sheet: ZipPart): ZipPart[] {
  return [
    deflatedPart(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    deflatedPart(
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Nyckel" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    deflatedPart(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    sheet,
  ];
}

/** A small XLSX whose one sheet has `rows` rows of one number (≈ 26 bytes each unpacked). */
export async function xlsxOfManyRows(rows: number): Promise<Buffer> {
  const header = '<row><c t="inlineStr"><is><t>kommunkod</t></is></c></row>';
  const sheet = await deflatedRepeat(
    'xl/worksheets/sheet1.xml',
    SHEET_START + header,
    '<row><c><v>114</v></c></row>',
    rows,
    SHEET_END,
  );
  return zipOf(workbookAround(sheet));
}

/**
 * A zip bomb: a sheet of `unpackedBytes` spaces. `lying` declares it 1 kB, as a bomb that
 * hopes the reader trusts the header would; otherwise the true size is declared.
 */
export async function xlsxBomb(unpackedBytes: number, lying: boolean): Promise<Buffer> {
  const sheet = await deflatedRepeat(
    'xl/worksheets/sheet1.xml',
    SHEET_START,
    ' ',
    unpackedBytes,
    SHEET_END,
  );
  return zipOf(workbookAround(lying ? { ...sheet, declaredSize: 1024 } : sheet));
}

/** A sheet of `rows` rows that each have a cell in the last column (XFD, 16 384 cells wide). */
export async function xlsxOfWideRows(rows: number): Promise<Buffer> {
  const sheet = await deflatedRepeat(
    'xl/worksheets/sheet1.xml',
    SHEET_START,
    '<row><c><v>1</v></c><c r="XFD1"><v>1</v></c></row>',
    rows,
    SHEET_END,
  );
  return zipOf(workbookAround(sheet));
}
