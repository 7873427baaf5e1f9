import type { StoredAllocationInputs } from '../../db/schema';
/**
 * The data an allocation was computed from, as the CLI's data file holds it: a `recipient_code`
 * column and one column per indicator (and the cap column, if the model has one). Cell texts are
 * kept as they were read ("1 234,5" stays "1 234,5"), so /inputs.csv gives the CLI exactly the
 * values the server used. Stored as allocations.inputs.
 */
export type AllocationInputsJson = StoredAllocationInputs;

export const RECIPIENT_CODE_COLUMN = 'recipient_code';
