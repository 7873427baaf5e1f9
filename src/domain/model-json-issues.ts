import type { ErrorCode } from './errors';
import type { z } from 'zod';
import { type Issue, ISSUE_MESSAGES, type IssueParams } from './issues';
import { PERFORMANCE_ISSUE_MESSAGES } from './performance/issue-messages';

// Shared by every model.json parser (allocation, performance) so that the same mistake in either
// file gets the same code, the same JSON path and so the same Swedish message.

/** A code a model's refinement may set: the shared model codes and the performance model's. */
function isModelRefinementCode(
  code: string,
): code is keyof typeof ISSUE_MESSAGES | keyof typeof PERFORMANCE_ISSUE_MESSAGES {
  return Object.hasOwn(ISSUE_MESSAGES, code) || Object.hasOwn(PERFORMANCE_ISSUE_MESSAGES, code);
}

/** `components[1].fraction`; undefined for the document itself. */
function toJsonPath(path: readonly PropertyKey[]): string | undefined {
  let text = '';
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? undefined : text;
}

/**
 * An issue at a place in model.json, with no `path` when the place is the document itself.
 *
 * @example issueAt(['pools', 0, 'fraction'], 'model.invalid') // path 'pools[0].fraction'
 */
export function issueAt(
  path: readonly PropertyKey[],
  code: ErrorCode,
  params: IssueParams = {},
): Issue {
  const jsonPath = toJsonPath(path);
  return jsonPath === undefined ? { code, params } : { path: jsonPath, code, params };
}

/**
 * zod's issues as our documented `model.*` codes, so the messages can be Swedish first. Parse with
 * `{ reportInput: true }`: the codes tell a missing field from a wrong one by zod's `input`.
 */
export function modelJsonIssues(zodIssue: z.core.$ZodIssue): Issue[] {
  const { path } = zodIssue;
  switch (zodIssue.code) {
    case 'unrecognized_keys':
      return zodIssue.keys.map((key) =>
        issueAt([...path, key], 'model.unknown_field', { field: key }),
      );
    case 'invalid_type':
      if (zodIssue.input === undefined) return [issueAt(path, 'model.missing_field')];
      if (zodIssue.expected === 'int') return [issueAt(path, 'model.not_whole_kronor')];
      return [issueAt(path, 'model.wrong_type', { expected: zodIssue.expected })];
    case 'too_small':
      if (zodIssue.origin === 'string') return [issueAt(path, 'model.empty_text')];
      if (zodIssue.origin === 'array') return [issueAt(path, 'model.empty_list')];
      // Numbers only (the models hold no other sized values), and with reportInput the input is there.
      return [issueAt(path, 'model.negative', { value: String(zodIssue.input) })];
    case 'too_big':
      return [issueAt(path, 'model.not_whole_kronor')];
    case 'custom': {
      // The models' refinements put the issue code and string params here; zod types them loosely.
      const { code = 'model.invalid', ...params } = (zodIssue.params ?? {}) as Record<
        string,
        string
      >;
      return [issueAt(path, isModelRefinementCode(code) ? code : 'model.invalid', params)];
    }
    default:
      return [issueAt(path, 'model.invalid', { message: zodIssue.message })];
  }
}
