/** The best `limit` scored sentences: a binary max-heap on "worse". */

/** A scored sentence. */
export interface Scored {
	/** Sentence number in the index. */
	s: number;
	/** Fuse's score: 0 best, 1 worst. */
	score: number;
	/** Tie-break: higher is better. */
	bonus: number;
	/** Tie-break after the bonus: lower is better (the order found). */
	order: number;
	/** Fuse's own score, once known exactly. */
	fuse?: number;
}

/** Keeps the best `limit` entries (all of them when `limit` is Infinity). */
export class TopK {
	/** Sort order: best first. */
	static compare(a: Scored, b: Scored): number {
		return a.score - b.score || b.bonus - a.bonus || a.order - b.order;
	}

	private readonly heap: Scored[] = [];
	constructor(private readonly limit: number) {}

	/** Whether `limit` entries are kept. */
	full(): boolean {
		return this.heap.length >= this.limit;
	}

	/** The worst kept entry when full, else undefined (anything may still enter). */
	worst(): Scored | undefined {
		return this.heap.length >= this.limit ? this.heap[0] : undefined;
	}

	push(x: Scored): void {
		const h = this.heap;
		if (h.length >= this.limit) {
			if (TopK.compare(x, h[0]!) >= 0) return;
			h[0] = x;
			this.down(0);
			return;
		}
		h.push(x);
		let i = h.length - 1;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (TopK.compare(h[i]!, h[parent]!) <= 0) break;
			[h[i], h[parent]] = [h[parent]!, h[i]!];
			i = parent;
		}
	}

	private down(i: number): void {
		const h = this.heap;
		for (;;) {
			const l = 2 * i + 1;
			const r = l + 1;
			let m = i;
			if (l < h.length && TopK.compare(h[l]!, h[m]!) > 0) m = l;
			if (r < h.length && TopK.compare(h[r]!, h[m]!) > 0) m = r;
			if (m === i) return;
			[h[i], h[m]] = [h[m]!, h[i]!];
			i = m;
		}
	}

	/** The kept entries, best first. */
	sorted(): Scored[] {
		return [...this.heap].sort(TopK.compare);
	}
}
