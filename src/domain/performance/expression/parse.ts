import type { Rational } from '../../rational';
import { ExpressionSyntaxError, tokenize, type Operator, type Token } from './tokenize';

/**
 * The syntax tree of a condition. Every node keeps the 0-based [start, end) span of its source
 * text, so an evaluation can show "share(hourly_nov_2023, permanent_nov_2023) = 1/8" and an error
 * can point at the exact place.
 */
export type Expression =
  | (Span & { type: 'number'; value: Rational })
  | (Span & { type: 'boolean'; value: boolean })
  | (Span & { type: 'figure'; name: string })
  | (Span & { type: 'negate'; operand: Expression })
  | (Span & {
      type: 'arithmetic';
      operator: ArithmeticOperator;
      left: Expression;
      right: Expression;
    })
  | (Span & {
      type: 'comparison';
      operator: ComparisonOperator;
      left: Expression;
      right: Expression;
    })
  | (Span & { type: 'logical'; operator: 'and' | 'or'; left: Expression; right: Expression })
  | (Span & { type: 'not'; operand: Expression })
  | (Span & { type: 'if'; condition: Expression; then: Expression; otherwise: Expression })
  | (Span & { type: 'call'; name: FunctionName; args: Expression[] });

export interface Span {
  start: number;
  end: number;
}

export type ArithmeticOperator = '+' | '-' | '*' | '/';
export type ComparisonOperator = '<' | '<=' | '>' | '>=' | '=' | '!=';
export type ValueType = 'number' | 'boolean';

/**
 * The functions a condition may call, with how many arguments each takes.
 * share(a, b) = a / (a + b): the part a of a whole made of a and b (hourly of hourly + permanent).
 * ratio(a, b) = a / b (nurses per place). min and max take two or more numbers.
 */
export const FUNCTIONS = {
  share: { minArgs: 2, maxArgs: 2 },
  ratio: { minArgs: 2, maxArgs: 2 },
  min: { minArgs: 2, maxArgs: Number.POSITIVE_INFINITY },
  max: { minArgs: 2, maxArgs: Number.POSITIVE_INFINITY },
} as const;
export type FunctionName = keyof typeof FUNCTIONS;

function isFunctionName(name: string): name is FunctionName {
  return Object.hasOwn(FUNCTIONS, name);
}

const COMPARISON_OPERATORS: readonly Operator[] = ['<', '<=', '>', '>=', '=', '!='];

function isOneOf<T extends string>(text: string, options: readonly T[]): text is T {
  return options.some((option) => option === text);
}

function isComparisonOperator(operator: Operator): operator is ComparisonOperator {
  return COMPARISON_OPERATORS.includes(operator);
}

export interface ParseOptions {
  /** The figures a condition may name; any other name is an error at its position. */
  figureNames?: ReadonlySet<string>;
}

/** The type of a node; the parser has already checked that the operands fit. */
export function typeOf(node: Expression): ValueType {
  switch (node.type) {
    case 'number':
    case 'figure':
    case 'negate':
    case 'arithmetic':
    case 'call':
      return 'number';
    case 'if':
      return typeOf(node.then);
    default:
      return 'boolean';
  }
}

function describeToken(token: Token): string {
  return token.kind === 'end' ? 'the end of the expression' : `"${token.text}"`;
}

/**
 * Recursive descent, one function per precedence level, loosest first:
 *   or < and < not < comparison (one, not chained) < + − < × / < unary − < primary.
 * A primary is a number, a figure, true/false, a function call, ( … ) or if … then … else ….
 */
class Parser {
  private index = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly options: ParseOptions,
  ) {}

  parseAll(): Expression {
    const expression = this.parseOr();
    const next = this.peek();
    if (next.kind !== 'end') {
      throw new ExpressionSyntaxError('expression.unexpected_token', next.start, {
        token: describeToken(next),
      });
    }
    return expression;
  }

  private peek(): Token {
    // tokenize() always ends with an `end` token and the parser never moves past it.
    const token = this.tokens[this.index] ?? this.tokens[this.tokens.length - 1];
    if (token === undefined) throw new Error('tokenize() returned no tokens');
    return token;
  }

  private advance(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  private isAt(kind: 'keyword' | 'operator', text: string): boolean {
    const token = this.peek();
    return token.kind === kind && token.text === text;
  }

  private expect(kind: 'keyword' | 'operator', text: string): Token {
    const token = this.peek();
    if (token.kind !== kind || token.text !== text) {
      throw new ExpressionSyntaxError('expression.expected', token.start, {
        expected: `"${text}"`,
        token: describeToken(token),
      });
    }
    return this.advance();
  }

  private requireType(node: Expression, expected: ValueType): Expression {
    if (typeOf(node) !== expected) {
      throw new ExpressionSyntaxError(
        expected === 'number' ? 'expression.expects_number' : 'expression.expects_condition',
        node.start,
      );
    }
    return node;
  }

  private parseOr(): Expression {
    let left = this.parseAnd();
    while (this.isAt('keyword', 'or')) {
      this.advance();
      const right = this.requireType(this.parseAnd(), 'boolean');
      this.requireType(left, 'boolean');
      left = { type: 'logical', operator: 'or', left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private parseAnd(): Expression {
    let left = this.parseNot();
    while (this.isAt('keyword', 'and')) {
      this.advance();
      const right = this.requireType(this.parseNot(), 'boolean');
      this.requireType(left, 'boolean');
      left = { type: 'logical', operator: 'and', left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private parseNot(): Expression {
    if (!this.isAt('keyword', 'not')) return this.parseComparison();
    const start = this.advance().start;
    const operand = this.requireType(this.parseNot(), 'boolean');
    return { type: 'not', operand, start, end: operand.end };
  }

  private parseComparison(): Expression {
    const left = this.parseAdditive();
    const token = this.peek();
    if (token.kind !== 'operator' || !isComparisonOperator(token.text)) return left;
    this.advance();
    this.requireType(left, 'number');
    const right = this.requireType(this.parseAdditive(), 'number');
    const after = this.peek();
    if (after.kind === 'operator' && isComparisonOperator(after.text)) {
      // "a < b < c" reads well but means different things in different languages: refuse it.
      throw new ExpressionSyntaxError('expression.chained_comparison', after.start);
    }
    return {
      type: 'comparison',
      operator: token.text,
      left,
      right,
      start: left.start,
      end: right.end,
    };
  }

  private parseAdditive(): Expression {
    return this.parseArithmetic(['+', '-'], () => this.parseMultiplicative());
  }

  private parseMultiplicative(): Expression {
    return this.parseArithmetic(['*', '/'], () => this.parseUnary());
  }

  /** One precedence level, left-associative: `a - b - c` is `(a - b) - c`, as in arithmetic. */
  private parseArithmetic(
    operators: readonly ArithmeticOperator[],
    parseOperand: () => Expression,
  ): Expression {
    let left = parseOperand();
    for (let token = this.peek(); isOneOf(token.text, operators); token = this.peek()) {
      this.advance();
      this.requireType(left, 'number');
      const right = this.requireType(parseOperand(), 'number');
      left = {
        type: 'arithmetic',
        operator: token.text,
        left,
        right,
        start: left.start,
        end: right.end,
      };
    }
    return left;
  }

  private parseUnary(): Expression {
    if (!this.isAt('operator', '-')) return this.parsePrimary();
    const start = this.advance().start;
    const operand = this.requireType(this.parseUnary(), 'number');
    return { type: 'negate', operand, start, end: operand.end };
  }

  private parsePrimary(): Expression {
    const token = this.advance();
    switch (token.kind) {
      case 'number':
        return { type: 'number', value: token.value, start: token.start, end: token.end };
      case 'name':
        return this.isAt('operator', '(') ? this.parseCall(token) : this.parseFigure(token);
      case 'keyword':
        if (token.text === 'true' || token.text === 'false') {
          return {
            type: 'boolean',
            value: token.text === 'true',
            start: token.start,
            end: token.end,
          };
        }
        if (token.text === 'if') return this.parseIf(token);
        break;
      case 'operator':
        if (token.text === '(') {
          const inner = this.parseOr();
          const close = this.expect('operator', ')');
          // The span includes the parentheses so a shown step reads as written.
          return { ...inner, start: token.start, end: close.end };
        }
        break;
      case 'end':
        break;
    }
    throw new ExpressionSyntaxError('expression.expected_value', token.start, {
      token: describeToken(token),
    });
  }

  private parseFigure(token: Token): Expression {
    const known = this.options.figureNames;
    if (known !== undefined && !known.has(token.text)) {
      throw new ExpressionSyntaxError('expression.unknown_figure', token.start, {
        name: token.text,
        known: [...known].join(', '),
      });
    }
    return { type: 'figure', name: token.text, start: token.start, end: token.end };
  }

  private parseCall(nameToken: Token): Expression {
    const name = nameToken.text;
    if (!isFunctionName(name)) {
      throw new ExpressionSyntaxError('expression.unknown_function', nameToken.start, {
        name,
        known: Object.keys(FUNCTIONS).join(', '),
      });
    }
    this.expect('operator', '(');
    const args: Expression[] = [];
    if (!this.isAt('operator', ')')) {
      args.push(this.requireType(this.parseOr(), 'number'));
      while (this.isAt('operator', ',')) {
        this.advance();
        args.push(this.requireType(this.parseOr(), 'number'));
      }
    }
    const close = this.expect('operator', ')');
    const { minArgs, maxArgs } = FUNCTIONS[name];
    if (args.length < minArgs || args.length > maxArgs) {
      throw new ExpressionSyntaxError('expression.argument_count', nameToken.start, {
        name,
        expected: minArgs === maxArgs ? String(minArgs) : `${minArgs} or more`,
        actual: args.length,
      });
    }
    return { type: 'call', name, args, start: nameToken.start, end: close.end };
  }

  private parseIf(ifToken: Token): Expression {
    const condition = this.requireType(this.parseOr(), 'boolean');
    this.expect('keyword', 'then');
    const then = this.parseOr();
    this.expect('keyword', 'else');
    const otherwise = this.parseOr();
    if (typeOf(then) !== typeOf(otherwise)) {
      throw new ExpressionSyntaxError('expression.branch_types_differ', otherwise.start);
    }
    return { type: 'if', condition, then, otherwise, start: ifToken.start, end: otherwise.end };
  }
}

/**
 * Reads a condition or a numeric expression. Throws ExpressionSyntaxError with the 0-based
 * position and a code documented in `performance/issue-messages.ts`.
 * @example parseExpression('share(h, p) <= 17%').type // 'comparison'
 */
export function parseExpression(text: string, options: ParseOptions = {}): Expression {
  return new Parser(tokenize(text), options).parseAll();
}

/** The figures an expression names, each once, in the order they first appear. */
export function figuresOf(expression: Expression): string[] {
  const names = new Set<string>();
  const visit = (node: Expression): void => {
    switch (node.type) {
      case 'figure':
        names.add(node.name);
        return;
      case 'number':
      case 'boolean':
        return;
      case 'negate':
      case 'not':
        visit(node.operand);
        return;
      case 'arithmetic':
      case 'comparison':
      case 'logical':
        visit(node.left);
        visit(node.right);
        return;
      case 'if':
        visit(node.condition);
        visit(node.then);
        visit(node.otherwise);
        return;
      case 'call':
        node.args.forEach(visit);
        return;
    }
  };
  visit(expression);
  return [...names];
}
