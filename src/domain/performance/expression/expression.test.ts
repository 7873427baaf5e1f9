import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rational, toCanonicalString, type Rational } from '../../rational';
import { evaluateExpression, type Outcome } from './evaluate';
import { figuresOf, parseExpression, type Expression } from './parse';
import { ExpressionSyntaxError, tokenize } from './tokenize';

function figures(
  values: Record<string, Rational | undefined>,
): (name: string) => Rational | undefined {
  return (name) => values[name];
}

function run(text: string, values: Record<string, Rational | undefined> = {}): Outcome {
  return evaluateExpression(parseExpression(text), text, figures(values)).outcome;
}

function show(outcome: Outcome): string {
  if (!outcome.known) return `unknown:${outcome.reason.code}`;
  return typeof outcome.value === 'boolean'
    ? String(outcome.value)
    : toCanonicalString(outcome.value);
}

/** A fully parenthesized rendering, to check precedence and associativity. */
function render(node: Expression): string {
  switch (node.type) {
    case 'number':
      return toCanonicalString(node.value);
    case 'boolean':
      return String(node.value);
    case 'figure':
      return node.name;
    case 'negate':
      return `(-${render(node.operand)})`;
    case 'not':
      return `(not ${render(node.operand)})`;
    case 'arithmetic':
    case 'comparison':
    case 'logical':
      return `(${render(node.left)} ${node.operator} ${render(node.right)})`;
    case 'if':
      return `(if ${render(node.condition)} then ${render(node.then)} else ${render(node.otherwise)})`;
    case 'call':
      return `${node.name}(${node.args.map(render).join(', ')})`;
  }
}

function syntaxError(text: string, figureNames?: string[]): ExpressionSyntaxError {
  try {
    parseExpression(text, figureNames ? { figureNames: new Set(figureNames) } : {});
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) return error;
    throw error;
  }
  assert.fail(`expected a syntax error for ${text}`);
}

describe('tokenize', () => {
  it('reads 17% as 17/100 and 3pp as 3/100, exactly', () => {
    const [percent, , points] = tokenize('17% + 3pp');
    assert.ok(percent?.kind === 'number' && points?.kind === 'number');
    assert.equal(toCanonicalString(percent.value), '17/100');
    assert.equal(toCanonicalString(points.value), '3/100');
  });

  it('allows a space before % and pp, as Swedish typography writes "17 %"', () => {
    assert.equal(show(run('17 % = 17% and 3 pp = 3pp')), 'true');
  });

  it('reads decimals exactly (0.041 is 41/1000, 17.5% is 7/40)', () => {
    assert.equal(show(run('0.041')), '41/1000');
    assert.equal(show(run('17.5%')), '7/40');
  });

  it('accepts the typographic operators − × ≤ ≥ ≠', () => {
    assert.equal(show(run('3 × 2 − 1 ≥ 5')), 'true');
    assert.equal(show(run('1 ≤ 2 and 1 ≠ 2')), 'true');
  });
});

describe('parseExpression: precedence', () => {
  const cases: [string, string][] = [
    ['1 + 2 * 3', '(1 + (2 * 3))'],
    ['1 - 2 - 3', '((1 - 2) - 3)'],
    ['8 / 4 / 2', '((8 / 4) / 2)'],
    ['-a * b', '((-a) * b)'],
    ['a + b <= c * d', '((a + b) <= (c * d))'],
    ['a < b or c < d and e < f', '((a < b) or ((c < d) and (e < f)))'],
    ['not a < b and c < d', '((not (a < b)) and (c < d))'],
    ['(1 + 2) * 3', '((1 + 2) * 3)'],
    ['a >= if a <= 17% then 3pp else 5pp', '(a >= (if (a <= 17/100) then 3/100 else 1/20))'],
    ['share(a, b) - share(c, d) >= 3pp', '((share(a, b) - share(c, d)) >= 3/100)'],
    ['max(a, b, c) > min(a, 1)', '(max(a, b, c) > min(a, 1))'],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${text} as ${expected}`, () => {
      assert.equal(render(parseExpression(text)), expected);
    });
  }

  it('lists the figures an expression reads, once each, in order', () => {
    assert.deepEqual(figuresOf(parseExpression('share(h, p) <= 17% or h > p and h > 0')), [
      'h',
      'p',
    ]);
  });
});

describe('parseExpression: errors carry the position', () => {
  const cases: [string, string, number][] = [
    ['share(a, b) <= 17 procent', 'expression.unknown_unit', 19],
    ['a <= %', 'expression.unexpected_character', 6],
    ['a <= 17ppm', 'expression.unknown_unit', 8],
    ['a <= 17% b', 'expression.unexpected_token', 10],
    ['a # b', 'expression.unexpected_character', 3],
    ['share(a b)', 'expression.expected', 9],
    ['share(a, b', 'expression.expected', 11],
    ['(a < b', 'expression.expected', 7],
    ['a < b < c', 'expression.chained_comparison', 7],
    ['a + (b < c)', 'expression.expects_number', 5],
    ['a and b < c', 'expression.expects_condition', 1],
    ['shares(a, b) > 0', 'expression.unknown_function', 1],
    ['share(a) > 0', 'expression.argument_count', 1],
    ['if a > 0 then 1 else a > 1', 'expression.branch_types_differ', 22],
    ['a >= if a > 0 then 1', 'expression.expected', 21],
    ['', 'expression.expected_value', 1],
  ];
  for (const [text, code, column] of cases) {
    it(`${JSON.stringify(text)}: ${code} at character ${column}`, () => {
      const error = syntaxError(text);
      assert.equal(error.code, code);
      assert.equal(error.position + 1, column);
    });
  }

  it('names an unknown figure and lists the known ones', () => {
    const error = syntaxError('share(hourly_nov_2023, permanet_nov_2023) <= 17%', [
      'hourly_nov_2023',
      'permanent_nov_2023',
    ]);
    assert.equal(error.code, 'expression.unknown_figure');
    assert.equal(error.position + 1, 24);
    assert.equal(error.params.name, 'permanet_nov_2023');
    assert.equal(error.params.known, 'hourly_nov_2023, permanent_nov_2023');
  });
});

describe('evaluateExpression', () => {
  const share = 'share(h, p) <= 17%';

  it('passes a share of exactly 17/100 against <= 17% (no rounding before comparing)', () => {
    // 17 hourly of 17 + 83 = 100 employees: exactly 17 %.
    assert.equal(show(run(share, { h: rational(17n, 1n), p: rational(83n, 1n) })), 'true');
  });

  it('fails a share of 1701/10000 against <= 17%, although it rounds to 17 %', () => {
    assert.equal(show(run(share, { h: rational(1701n, 1n), p: rational(8299n, 1n) })), 'false');
  });

  it('gives the improvement threshold piecewise by the current level', () => {
    const text =
      'share(h22, p22) - share(h23, p23) >= (if share(h23, p23) <= 17% then 3pp else 5pp)';
    const at = (h22: bigint, h23: bigint) =>
      show(
        run(text, {
          h22: rational(h22, 1n),
          p22: rational(100n - h22, 1n),
          h23: rational(h23, 1n),
          p23: rational(100n - h23, 1n),
        }),
      );
    assert.equal(at(20n, 17n), 'true', '20 % → 17 %: current level ≤ 17 %, fell by exactly 3 pp');
    assert.equal(at(20n, 18n), 'false', '20 % → 18 %: above 17 %, needs 5 pp');
    assert.equal(at(23n, 18n), 'true', '23 % → 18 %: fell by exactly 5 pp');
    assert.equal(at(19n, 17n), 'false', '19 % → 17 %: fell by 2 pp only');
  });

  it('computes ratio, min, max and arithmetic exactly', () => {
    assert.equal(
      show(run('ratio(a, b)', { a: rational(41n, 1n), b: rational(1000n, 1n) })),
      '41/1000',
    );
    assert.equal(show(run('min(1/3, 0.3) + max(1, 2, 3) * -1')), '-27/10');
  });

  it('makes a division by zero unknown with the reason, never a crash', () => {
    const outcome = run('ratio(n, places) >= 0.041', {
      n: rational(3n, 1n),
      places: rational(0n, 1n),
    });
    assert.deepEqual(outcome, {
      known: false,
      reason: { code: 'division_by_zero', expression: 'ratio(n, places)' },
    });
    assert.equal(
      show(run('share(a, b) < 1', { a: rational(0n, 1n), b: rational(0n, 1n) })),
      'unknown:division_by_zero',
    );
    assert.equal(show(run('1 / (a - a) > 0', { a: rational(5n, 1n) })), 'unknown:division_by_zero');
  });

  it('makes a missing figure unknown', () => {
    assert.deepEqual(run('a > 1'), {
      known: false,
      reason: { code: 'missing_figure', figure: 'a' },
    });
  });

  it('decides or/and in three-valued logic when the known part settles it', () => {
    const values = { a: rational(1n, 1n), b: undefined };
    assert.equal(show(run('a > 0 or b > 0', values)), 'true');
    assert.equal(show(run('b > 0 or a > 0', values)), 'true');
    assert.equal(show(run('a < 0 and b > 0', values)), 'false');
    assert.equal(show(run('a > 0 and b > 0', values)), 'unknown:missing_figure');
    assert.equal(show(run('a < 0 or b > 0', values)), 'unknown:missing_figure');
    assert.equal(show(run('not b > 0', values)), 'unknown:missing_figure');
  });

  it('computes only the chosen branch of an if', () => {
    assert.equal(show(run('(if a = 0 then 0 else 1 / a) = 0', { a: rational(0n, 1n) })), 'true');
  });

  it('returns every computed step with its source text, innermost first', () => {
    const text = 'share(h, p) <= 17%';
    const { steps } = evaluateExpression(
      parseExpression(text),
      text,
      figures({ h: rational(1n, 1n), p: rational(7n, 1n) }),
      true,
    );
    assert.deepEqual(
      steps.map((step) => [step.expression, show(step.outcome)]),
      [
        ['share(h, p)', '1/8'],
        ['share(h, p) <= 17%', 'true'],
      ],
    );
  });
});
