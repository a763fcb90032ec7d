/**
 * The place history, as vim's jump list and less's `''`: every jump (a Search hit, find, a
 * bookmark, `:N`, `G`, the Quiz's context) records the place it left; Ctrl-O walks back, Ctrl-I
 * (Tab) forward, and `''` swaps with the last place left. Places span transcripts.
 */

/** A reading place: a transcript (LoadedTranscript.key), a remark and an offset in its text. */
export interface Place {
	key: string;
	turn: number;
	offset: number;
}

const LIMIT = 100;

const same = (a: Place | undefined, b: Place) =>
	a !== undefined && a.key === b.key && a.turn === b.turn && a.offset === b.offset;

export class PlaceHistory {
	private back: Place[] = [];
	private forward: Place[] = [];

	/** Records the place a jump leaves; a new jump forgets the places ahead. */
	push(place: Place): void {
		if (!same(this.back.at(-1), place)) this.back.push(place);
		if (this.back.length > LIMIT) this.back.shift();
		this.forward = [];
	}

	/** Ctrl-O: the place before `here` (null when none); `here` becomes a place ahead. */
	goBack(here: Place): Place | null {
		const to = this.pop(this.back, here);
		if (to) this.forward.push(here);
		return to;
	}

	/** Ctrl-I: the place ahead (null when none); `here` goes back on the list behind. */
	goForward(here: Place): Place | null {
		const to = this.pop(this.forward, here);
		if (to) this.back.push(here);
		return to;
	}

	/** `''`: the last place left, and `here` takes its place (so `''` again comes back). */
	swap(here: Place): Place | null {
		const to = this.pop(this.back, here);
		if (to) this.back.push(here);
		return to;
	}

	get canGoForward(): boolean {
		return this.forward.length > 0;
	}

	private pop(list: Place[], here: Place): Place | null {
		while (list.length > 0) {
			const place = list.pop()!;
			if (!same(place, here)) return place;
		}
		return null;
	}
}
