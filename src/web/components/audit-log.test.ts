// Every audit action the product writes has a readable name in the audit log, in Swedish and in
// English. The actions are collected from the source (not listed by hand), so a new action without
// its two labels fails here rather than showing up as `performance.model_saved` to a reader.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { ACTIONS } from '../../domain/access/policy';
import { en } from '../i18n/en';
import { sv } from '../i18n/sv';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The layers that write audit events (the web only reads them). */
const WRITERS = ['services', 'db', 'http', 'cli'];
/** `grant.created`, `report_form.saved`: what an audit action looks like. */
const ACTION_SHAPE = /^[a-z][a-z_]*\.[a-z][a-z_]*$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** The string literals in an expression or a type (`a ? 'x' : 'y'`, `'x' | 'y'`). */
function literals(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  const found: string[] = [];
  node.forEachChild((child) => {
    // A nested call or function is about something else (`action: pick(x)` names no literal).
    if (ts.isCallExpression(child) || ts.isFunctionLike(child)) return;
    found.push(...literals(child));
  });
  return found;
}

const isNamedAction = (name: ts.Node | undefined) =>
  name !== undefined &&
  (ts.isIdentifier(name) || ts.isStringLiteral(name)) &&
  name.text === 'action';

/**
 * Where the source names an audit action:
 * - `action: '…'` in an object (the event given to appendAuditEvent or a helper), also as a
 *   conditional;
 * - `action: '…' | '…'` as the type of a helper's parameter or property;
 * - `helper(…, '…', …)` where the helper (declared in the source) takes a parameter `action`.
 * Policy actions (`report.manage`) travel under the same name and are left out.
 */
function collectAuditActions(files: readonly string[]): Map<string, string> {
  const parsed = files.map((file) =>
    ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true),
  );
  // Functions (declared or assigned) by name → the position of their `action` parameter.
  const actionParameter = new Map<string, number>();
  const noteFunction = (name: string, fn: ts.SignatureDeclaration) => {
    const index = fn.parameters.findIndex((p) => isNamedAction(p.name));
    if (index >= 0) actionParameter.set(name, index);
  };
  for (const source of parsed) {
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionDeclaration(node) && node.name) noteFunction(node.name.text, node);
      if (
        ts.isVariableDeclaration(node) &&
        ts.isIdentifier(node.name) &&
        node.initializer &&
        (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
      )
        noteFunction(node.name.text, node.initializer);
      node.forEachChild(visit);
    };
    visit(source);
  }

  const policy = new Set<string>(ACTIONS);
  const found = new Map<string, string>();
  const note = (node: ts.Node, source: ts.SourceFile) => {
    for (const text of literals(node)) {
      if (!ACTION_SHAPE.test(text) || policy.has(text) || found.has(text)) continue;
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.set(text, `${path.relative(SRC, source.fileName)}:${line + 1}`);
    }
  };
  for (const source of parsed) {
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAssignment(node) && isNamedAction(node.name)) note(node.initializer, source);
      if (
        (ts.isPropertySignature(node) || ts.isParameter(node)) &&
        isNamedAction(node.name) &&
        node.type
      )
        note(node.type, source);
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const index = actionParameter.get(node.expression.text);
        const argument = index === undefined ? undefined : node.arguments[index];
        if (argument) note(argument, source);
      }
      node.forEachChild(visit);
    };
    visit(source);
  }
  return found;
}

describe('audit action labels', () => {
  const actions = collectAuditActions(
    WRITERS.flatMap((layer) => sourceFiles(path.join(SRC, layer))),
  );

  it('finds the actions the source writes, through helpers too', () => {
    // One of each way of naming an action, so a blind collector cannot pass the next test.
    for (const action of [
      'grant.created', // action: '…'
      'requisition.signed_decline', // action: cond ? '…' : '…'
      'payout.batch_paid', // auditPayoutBatchChange(tx, ctx, '…', …)
      'report_form.created', // const audit = (action, …) => …; audit('…', …)
      'performance.model_saved',
    ])
      assert.ok(actions.has(action), `${action} not collected`);
    assert.ok(!actions.has('report.manage'), 'a policy action is not an audit action');
  });

  for (const [language, messages] of [
    ['sv', sv],
    ['en', en],
  ] as const) {
    it(`names every audit action in ${language}`, () => {
      const labels = messages as Record<string, string | undefined>;
      const missing = [...actions]
        .filter(([action]) => !labels[`audit.action.${action}`]?.trim())
        .map(([action, where]) => `${action} (${where})`);
      assert.deepEqual(missing, [], `audit actions without a ${language} label`);
    });
  }
});
