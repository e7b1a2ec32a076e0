import { UsageError } from './io.js';

/** Parsed command line: positionals in order, and flags by name. */
export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly flags: Readonly<Record<string, string | true>>;
}

/**
 * Parses `argv` against the flags a command accepts: `boolean` flags take no value, `value`
 * flags take one (`--city 04` or `--city=04`). `-` is a positional (standard input); `--` ends
 * the flags. An unknown flag or a missing value is a {@link UsageError}.
 */
export function parseArgs(argv: readonly string[], accepts: { boolean?: readonly string[]; value?: readonly string[] }): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string | true> = {};
  const booleans = new Set(accepts.boolean ?? []);
  const values = new Set(accepts.value ?? []);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (booleans.has(name)) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      flags[name] = true;
    } else if (values.has(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
      flags[name] = value;
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
  }
  return { positionals, flags };
}

/** A flag's value when it is one of `allowed`; absent → `undefined`; anything else is a {@link UsageError}. */
export function oneOf<T extends string>(flag: string, value: string | true | undefined, allowed: readonly T[]): T | undefined {
  if (typeof value !== 'string') return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${flag} ${value}: expected ${allowed.join(', ')}`);
  return value as T;
}
