const CR = 13;

/**
 * Splits streamed text into physical lines on "\n", dropping one "\r"
 * before it (so CRLF files read the same). It holds only the one partial
 * line that a chunk ends with, and finds breaks with `indexOf` so that long
 * chunks cost no per-character work in JavaScript.
 *
 * @example
 * const lines: string[] = [];
 * const splitter = new LineSplitter();
 * splitter.push('a\r\nb', (text) => lines.push(text));
 * splitter.push('c\n', (text) => lines.push(text));
 * splitter.end((text) => lines.push(text));
 * // lines => ['a', 'bc']
 */
export class LineSplitter {
  private pending = '';
  private nextLine = 1;

  /** Feeds a chunk of text; `onLine` gets each completed line with its 1-based number. */
  push(text: string, onLine: (text: string, line: number) => void): void {
    let newline = text.indexOf('\n');
    if (newline === -1) {
      this.pending += text;
      return;
    }
    this.emit(this.pending + text.slice(0, newline), onLine);
    let start = newline + 1;
    while ((newline = text.indexOf('\n', start)) !== -1) {
      this.emit(text.slice(start, newline), onLine);
      start = newline + 1;
    }
    this.pending = text.slice(start);
  }

  /** Ends the input: a last line without a final newline still counts. */
  end(onLine: (text: string, line: number) => void): void {
    if (this.pending.length > 0) this.emit(this.pending, onLine);
    this.pending = '';
  }

  private emit(text: string, onLine: (text: string, line: number) => void): void {
    onLine(text.charCodeAt(text.length - 1) === CR ? text.slice(0, -1) : text, this.nextLine++);
  }
}
