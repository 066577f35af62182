/** Pairs (first < second) with their weight, in typed arrays that double when full. */
export class PairList {
  first = new Int32Array(1024);
  second = new Int32Array(1024);
  weight = new Float64Array(1024);
  length = 0;

  push(first: number, second: number, weight: number): void {
    if (this.length === this.first.length) this.grow();
    this.first[this.length] = first;
    this.second[this.length] = second;
    this.weight[this.length] = weight;
    this.length++;
  }

  private grow(): void {
    const capacity = this.first.length * 2;
    const first = new Int32Array(capacity);
    const second = new Int32Array(capacity);
    const weight = new Float64Array(capacity);
    first.set(this.first);
    second.set(this.second);
    weight.set(this.weight);
    this.first = first;
    this.second = second;
    this.weight = weight;
  }
}
