import { CliError } from './context.js';

/** Where a command reads a secret from: the process's stdin (tests pass their own stream). */
export type SecretInput = NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };

/**
 * A new password: piped in (all of stdin, less one trailing line break, so `printf` and `echo`
 * both work), or typed twice at a prompt that does not echo. Never taken from an argument, which
 * would end up in the shell history and in `ps`.
 */
export async function readNewPassword(stdin: SecretInput | undefined, prompt: (text: string) => void): Promise<string> {
  if (!stdin) throw new CliError('no input to read the password from');
  if (stdin.isTTY !== true || !stdin.setRawMode) return (await readAll(stdin)).replace(/\r?\n$/, '');
  const first = await promptHidden(stdin, prompt, 'New password: ');
  const second = await promptHidden(stdin, prompt, 'Repeat the password: ');
  if (first !== second) throw new CliError('the two passwords differ; nothing was changed');
  return first;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** One line from a terminal in raw mode, so nothing typed is echoed; Ctrl-C cancels. */
function promptHidden(stdin: SecretInput, prompt: (text: string) => void, question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    prompt(question);
    let value = '';
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode!(false);
      stdin.pause();
      prompt('\n');
    };
    const onData = (chunk: Buffer | string) => {
      for (const character of chunk.toString()) {
        if (character === '\r' || character === '\n' || character === '\u0004') {
          finish();
          resolve(value);
          return;
        }
        if (character === '\u0003') {
          finish();
          reject(new CliError('cancelled; nothing was changed'));
          return;
        }
        if (character === '\u007f' || character === '\b') value = withoutLastCharacter(value);
        else value += character;
      }
    };
    stdin.setRawMode!(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}

/** Backspace: the last character as the user sees it (a grapheme, e.g. an emoji with its modifiers). */
function withoutLastCharacter(value: string): string {
  const graphemes = Array.from(new Intl.Segmenter().segment(value), (part) => part.segment);
  return graphemes.slice(0, -1).join('');
}
