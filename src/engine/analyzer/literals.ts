// A cheap necessary condition for a catalog pattern: a few lower-case strings of which the text must
// contain at least one for the pattern to have any chance of matching. Checking them with includes()
// costs almost nothing, so most patterns never run on a paste that cannot match them. The reading is
// conservative: whenever a construct is not understood, the pattern gets no prefilter and always runs.

/** Literals shorter than this filter too little to be worth checking. */
const MIN_LITERAL = 2;

/** Lower-case strings, at least one of which every match contains; undefined when none can be derived. */
export function requiredLiterals(source: string): string[] | undefined {
  try {
    const parser = new Parser(source);
    const result = parser.alternation();
    if (!parser.done()) return undefined;
    return result && result.length > 0 ? [...new Set(result)] : undefined;
  } catch {
    return undefined;
  }
}

/** Characters that stand for themselves in a pattern (outside classes). */
const PLAIN = /[A-Za-z0-9 _,:;=@%'"`~<>&!#/-]/;
/** Escapes of punctuation that stand for the character itself. */
const ESCAPED_PLAIN = /[./\\\-?()[\]{}|*+^$:=,'"!#@%&~<> ]/;

class Parser {
  private i = 0;

  constructor(private readonly s: string) {}

  done(): boolean {
    return this.i >= this.s.length;
  }

  /** a|b|c: every alternative must yield literals, and any of them may occur. */
  alternation(): string[] | undefined {
    const all: string[] = [];
    let ok = true;
    for (;;) {
      const alt = this.sequence();
      if (alt === undefined) ok = false;
      else all.push(...alt);
      if (this.s[this.i] === '|') {
        this.i++;
        continue;
      }
      break;
    }
    return ok ? all : undefined;
  }

  /** A sequence: the best requirement among its required parts (the longest literal, or a group's set). */
  private sequence(): string[] | undefined {
    let best: string[] | undefined;
    let run = '';
    const score = (set: string[]) => Math.min(...set.map((x) => x.length));
    const consider = (set: string[] | undefined) => {
      if (!set || set.length === 0 || set.some((x) => x.length < MIN_LITERAL)) return;
      if (!best || score(set) > score(best)) best = set;
    };
    const endRun = () => {
      if (run.length >= MIN_LITERAL) consider([run]);
      run = '';
    };
    while (this.i < this.s.length) {
      const c = this.s[this.i] as string;
      if (c === '|' || c === ')') break;
      if (c === '(') {
        endRun();
        const inner = this.group();
        if (this.optionalQuantifier()) continue;
        this.skipQuantifier();
        consider(inner);
        continue;
      }
      if (c === '[') {
        endRun();
        this.skipClass();
        this.skipAnyQuantifier();
        continue;
      }
      let literal: string | undefined;
      if (c === '\\') {
        const e = this.s[this.i + 1] ?? '';
        this.i += 2;
        if (ESCAPED_PLAIN.test(e)) literal = e;
        else if (e === 'u' || e === 'x' || e === 'p' || e === 'P' || e === 'k' || e === 'c') return undefined;
      } else if (PLAIN.test(c)) {
        literal = c;
        this.i++;
      } else {
        // . ^ $ and anything else: ends the run.
        this.i++;
        if (c === '*' || c === '+' || c === '?' || c === '{') return undefined;
      }
      if (literal === undefined) {
        endRun();
        this.skipAnyQuantifier();
        continue;
      }
      if (this.optionalQuantifier()) {
        endRun();
        continue;
      }
      if (this.skipQuantifier()) {
        run += literal.toLowerCase();
        endRun();
        continue;
      }
      run += literal.toLowerCase();
    }
    endRun();
    return best;
  }

  /** A group; lookarounds and optional parts give no requirement. */
  private group(): string[] | undefined {
    this.i++; // (
    let lookaround = false;
    if (this.s[this.i] === '?') {
      const head = this.s.slice(this.i, this.i + 3);
      if (head.startsWith('?:')) this.i += 2;
      else if (head.startsWith('?=') || head.startsWith('?!')) {
        lookaround = true;
        this.i += 2;
      } else if (head === '?<=' || head === '?<!') {
        lookaround = true;
        this.i += 3;
      } else if (head.startsWith('?<')) {
        const close = this.s.indexOf('>', this.i);
        if (close < 0) throw new Error('bad group');
        this.i = close + 1;
      } else throw new Error('unknown group');
    }
    const inner = this.alternation();
    if (this.s[this.i] !== ')') throw new Error('unclosed group');
    this.i++;
    return lookaround ? undefined : inner;
  }

  private skipClass(): void {
    this.i++; // [
    if (this.s[this.i] === '^') this.i++;
    if (this.s[this.i] === ']') this.i++;
    while (this.i < this.s.length && this.s[this.i] !== ']') this.i += this.s[this.i] === '\\' ? 2 : 1;
    if (this.s[this.i] !== ']') throw new Error('unclosed class');
    this.i++;
  }

  /** ?, * or {0,...} (each possibly lazy): the preceding item may be absent. */
  private optionalQuantifier(): boolean {
    const c = this.s[this.i];
    if (c === '?' || c === '*') {
      this.i++;
      if (this.s[this.i] === '?') this.i++;
      return true;
    }
    const m = /^\{0(?:,\d*)?\}\??/.exec(this.s.slice(this.i, this.i + 12));
    if (m) {
      this.i += m[0].length;
      return true;
    }
    return false;
  }

  private skipAnyQuantifier(): void {
    if (!this.optionalQuantifier()) this.skipQuantifier();
  }

  /** + or {n,...} with n >= 1 (each possibly lazy). */
  private skipQuantifier(): boolean {
    const c = this.s[this.i];
    if (c === '+') {
      this.i++;
      if (this.s[this.i] === '?') this.i++;
      return true;
    }
    if (c === '?' || c === '*') throw new Error('optional quantifier here');
    const m = /^\{\d+(?:,\d*)?\}\??/.exec(this.s.slice(this.i, this.i + 12));
    if (m) {
      if (/^\{0/.test(m[0])) throw new Error('optional quantifier here');
      this.i += m[0].length;
      return true;
    }
    return false;
  }
}
