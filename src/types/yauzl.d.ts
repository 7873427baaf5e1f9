// The part of yauzl 3 (bounded unzipping, src/files/read-xlsx-grid.ts) this project uses; the
// package ships no types and @types/yauzl is not installed.
declare module 'yauzl' {
  import type { EventEmitter } from 'node:events';
  import type { Readable } from 'node:stream';

  export interface Entry {
    fileName: string;
    compressedSize: number;
    uncompressedSize: number;
    isEncrypted(): boolean;
    canDecodeFileData(): boolean;
  }

  export interface ZipFile extends EventEmitter {
    entryCount: number;
    readEntry(): void;
    openReadStream(entry: Entry, callback: (error: Error | null, stream: Readable) => void): void;
    close(): void;
  }

  export interface Options {
    lazyEntries?: boolean;
    validateEntrySizes?: boolean;
    strictFileNames?: boolean;
    decodeStrings?: boolean;
  }

  export function fromBuffer(
    buffer: Buffer,
    options: Options,
    callback: (error: Error | null, zipfile: ZipFile) => void,
  ): void;
}
