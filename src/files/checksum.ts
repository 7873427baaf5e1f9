import { createHash } from 'node:crypto';
import type { AllocationResult } from '../domain/allocation/types';
import { allocationResultCsv, type RecipientNames } from './allocation-export';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The published allocation's checksum: sha256 (hex) of the canonical result CSV, byte for byte
 * what `statsbidrag allocate` prints (UTF-8, no BOM, \n line ends). Anyone can recompute the
 * allocation from model.json and inputs.csv with the CLI and compare `sha256sum` of its output.
 */
export function allocationChecksum(result: AllocationResult, names: RecipientNames): string {
  return sha256Hex(allocationResultCsv(result, names, 'canonical'));
}
