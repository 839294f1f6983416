/** Progress of a long run on a stream: a redrawn bar on a terminal, a line every `every` steps otherwise. */
export class ProgressBar {
  private done = 0;
  private lastLine = 0;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream,
    private readonly label: string,
    private readonly every = 100,
  ) {}

  tick(): void {
    this.done += 1;
    if (this.stream.isTTY) {
      this.stream.write(`\r${this.render(this.stream.columns ?? 80)}`);
      if (this.done === this.total) this.stream.write('\n');
    } else if (this.done === this.total || this.done - this.lastLine >= this.every) {
      this.lastLine = this.done;
      this.stream.write(`${this.label} ${this.done}/${this.total}\n`);
    }
  }

  /** The bar as one line at most `columns` wide, e.g. `uploading [#####-----] 50/100`. */
  render(columns: number): string {
    const counter = ` ${this.done}/${this.total}`;
    const width = Math.max(10, Math.min(40, columns - this.label.length - counter.length - 4));
    const filled = this.total === 0 ? width : Math.round((this.done / this.total) * width);
    return `${this.label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${counter}`;
  }
}
