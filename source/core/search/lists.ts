/**
 * Lists read by item: an index file's lists (index-file.ts), whose items are read from the file
 * when first asked for, and the build's texts, each made from its paragraph when read. Array
 * methods, spreading and iterating see them whole.
 */

/** Lists of an index file read by item (index-file.ts), and how to read each whole. */
const wholes = new WeakMap<object, () => unknown>();

/** Says how to read a list that is read by item whole (index-file.ts). */
function setWhole(list: object, whole: () => unknown): void {
	wholes.set(list, whole);
}

/** Whether `list` is read by item (from an index file). */
export function isByItem(list: unknown): boolean {
	return typeof list === 'object' && list !== null && wholes.has(list);
}

/** Lists whose items are made from memory (the build's texts), and how each is made. */
const makers = new WeakMap<object, (i: number) => unknown>();

/**
 * How item i of `list` is made, when it is made from memory when read (a list to go through a
 * few thousand items at a time, never whole: the build's texts); else undefined.
 */
export function makerOf<T>(list: readonly T[]): ((i: number) => T) | undefined {
	return makers.get(list) as ((i: number) => T) | undefined;
}

/**
 * The list as an array in memory: a list read by item is read whole (for a loop over many of
 * its items: the speaker filter; writing the index again).
 */
export function wholeOf<T>(list: T): T {
	const whole = typeof list === 'object' && list !== null ? wholes.get(list) : undefined;
	return whole ? (whole() as T) : list;
}

/**
 * A list whose items are made on first access (a Proxy over a cache of those made), so that
 * only the sentences a search or a result touches become strings or are read. `whole` reads the
 * list whole; null: `make` is cheap, from memory, and nothing is kept (see `makerOf`).
 */
export function lazy<T>(
	count: number,
	make: (i: number) => T,
	whole: (() => unknown) | null,
	keep = true,
): T[] {
	// (Items are kept once made, unless `make` is cheap once warm: `keep` false.)
	const cache = new Map<number, T>();
	const item = (i: number): T => {
		if (!keep || !whole) return make(i);
		let v = cache.get(i);
		if (v === undefined) {
			v = make(i);
			cache.set(i, v);
		}
		return v;
	};
	/** The item a property names (a whole number below `count`), else -1. */
	const at = (prop: string | symbol): number => {
		const i = typeof prop === 'string' ? +prop : -1;
		return i >= 0 && i < count && (i | 0) === i ? i : -1;
	};
	const list = new Proxy([] as T[], {
		get(target, prop) {
			const i = at(prop);
			if (i >= 0) return item(i);
			if (prop === 'length') return count;
			if (prop === Symbol.iterator)
				return function* () {
					for (let i = 0; i < count; i++) yield item(i);
				};
			return Reflect.get(target, prop);
		},
		// Array methods (map, filter, some, indexOf…) skip an item that is not `in` the list.
		has(target, prop) {
			return at(prop) >= 0 || Reflect.has(target, prop);
		},
		set(_target, prop, value) {
			const i = at(prop);
			if (i < 0) return false;
			cache.set(i, value);
			return true;
		},
	});
	if (whole) setWhole(list, whole);
	else makers.set(list, make);
	return list;
}
