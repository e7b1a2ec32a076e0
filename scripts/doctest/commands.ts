// The `sva-rules` commands the docs show, and what the docs say they print.
//
// In a ```sh block, a command is a line that starts with `sva-rules ` or `npx sva-rules `, after a
// `$ ` prompt when the block uses prompts; a ` # …` at its end is a remark. In a block with `$ `
// prompts, the lines after a command up to the next `$ ` line (or the end of the block, trailing
// blank lines left out) are its output as the docs state it, except `#` lines: `# exit N` states
// the exit code (also as the command's own remark), other `#` lines are remarks. A block without
// prompts states no output. The exit code is 0 unless stated. Output lines are compared with what
// the command writes (standard output, then standard error), line by line: a line `…` stands for
// any number of lines, a line ending with `…` for any line that starts with the rest. A command
// with no output lines has only its exit code compared.

/** One command of the docs. */
export interface DocCommand {
  readonly where: string;
  /** The command as written (without the prompt and the remark). */
  readonly command: string;
  readonly exit: number;
  /** The output lines the docs state (empty: not compared). */
  readonly output: readonly string[];
}

const COMMAND = /^((?:npx\s+)?sva-rules(?:\s.*)?)$/;

/** Splits `cmd  # remark` at the first ` #` outside quotes. */
function withoutRemark(line: string): { command: string; remark: string } {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === '#' && /\s/.test(line[i - 1] ?? '')) {
      return { command: line.slice(0, i).trim(), remark: line.slice(i + 1).trim() };
    }
  }
  return { command: line.trim(), remark: '' };
}

const exitOf = (remark: string): number | undefined => {
  const m = /^exit\s+(\d+)\b/.exec(remark);
  return m === null ? undefined : Number(m[1]);
};

/** The commands of one block's lines (`first`: the 1-based line of the first). */
function blockCommands(file: string, lines: readonly string[], first: number): DocCommand[] {
  const prompts = lines.some((l) => /^\s*\$\s/.test(l));
  const out: DocCommand[] = [];
  let current: { where: string; command: string; exit: number; output: string[] } | undefined;
  const flush = () => {
    if (current === undefined) return;
    while (current.output.length > 0 && (current.output.at(-1) as string).trim() === '') current.output.pop();
    out.push(current);
    current = undefined;
  };
  for (const [index, raw] of lines.entries()) {
    const line = raw.trimEnd();
    const prompt = /^\s*\$\s+(.*)$/.exec(line);
    const command = prompts ? (prompt === null ? null : COMMAND.exec((prompt[1] as string).trim())) : COMMAND.exec(line.trim());
    if (prompt !== null || command !== null) flush();
    if (command !== null) {
      const { command: text, remark } = withoutRemark(command[1] as string);
      current = { where: `${file}:${first + index}`, command: text, exit: exitOf(remark) ?? 0, output: [] };
    } else if (current !== undefined && prompts) {
      if (line.trim().startsWith('#')) current.exit = exitOf(line.trim().slice(1).trim()) ?? current.exit;
      else current.output.push(line);
    }
  }
  flush();
  return out;
}

/** The commands of the ```sh / ```bash / ```console blocks of a Markdown file. */
export function markdownCommands(file: string, text: string): DocCommand[] {
  const lines = text.split('\n');
  const out: DocCommand[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*(`{3,})\s*(sh|bash|shell|console)\s*$/.exec(lines[i] as string);
    if (open === null) {
      if (/^\s*`{3,}/.test(lines[i] as string)) {
        const fence = (/`{3,}/.exec(lines[i] as string) as RegExpExecArray)[0];
        const end = lines.findIndex((l, j) => j > i && l.trim() === fence);
        i = end < 0 ? lines.length : end;
      }
      continue;
    }
    const end = lines.findIndex((l, j) => j > i && l.trim() === open[1]);
    const stop = end < 0 ? lines.length : end;
    out.push(...blockCommands(file, lines.slice(i + 1, stop), i + 2));
    i = stop;
  }
  return out;
}

/** Where the actual output differs from the stated lines (`undefined` when it matches). */
export function outputMismatch(stated: readonly string[], actual: readonly string[]): string | undefined {
  const match = (s: number, a: number): boolean => {
    if (s === stated.length) return a === actual.length;
    const line = stated[s] as string;
    if (line.trim() === '…') {
      for (let k = a; k <= actual.length; k++) if (match(s + 1, k)) return true;
      return false;
    }
    if (a === actual.length) return false;
    const got = (actual[a] as string).trimEnd();
    const ok = line.endsWith('…') ? got.startsWith(line.slice(0, -1)) : got === line.trimEnd();
    return ok && match(s + 1, a + 1);
  };
  if (match(0, 0)) return undefined;
  return `expected the lines\n${stated.map((l) => `    ${l}`).join('\n')}\n  got\n${actual.map((l) => `    ${l}`).join('\n')}`;
}
