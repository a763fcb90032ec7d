/**
 * Checks stored data against the JSON-schema subset that schema.ts uses: `type` (one or a list;
 * "integer" too), `required`, `properties`, `additionalProperties` (a schema), `items`, `anyOf`
 * and `minimum`. It replaces Ajv, which conf would otherwise compile on every start (Ajv and its
 * schema compiler were about a tenth of the time to the first frame).
 */

/** The schema keywords understood here. */
export interface Schema {
	type?: string | readonly string[];
	required?: readonly string[];
	properties?: Readonly<Record<string, Schema>>;
	additionalProperties?: Schema;
	items?: Schema;
	anyOf?: readonly Schema[];
	minimum?: number;
}

function typeOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value;
}

function hasType(value: unknown, type: string): boolean {
	if (type === 'integer') return Number.isInteger(value);
	if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
	return typeOf(value) === type;
}

/**
 * What is wrong with `value` by `schema`, one line per problem ("/progress/abc/position: must be
 * object"); empty when it conforms. Stops after `limit` problems.
 */
export function validate(value: unknown, schema: Schema, limit = 5): string[] {
	// The common case, a file of the right shape, is answered without building any message.
	if (conforms(value, schema)) return [];
	const problems: string[] = [];
	check(value, schema, '', problems, limit);
	return problems;
}

/** A compiled check: whether a value has the shape of its schema (no messages). */
type Test = (value: unknown) => boolean;

const compiled = new WeakMap<Schema, Test>();

/** Whether `value` has the shape of `schema` (the same rules as `check`, no messages). */
function conforms(value: unknown, schema: Schema): boolean {
	return testOf(schema)(value);
}

/** `schema` compiled once into closures (a store file holds some 100,000 values to look at). */
function testOf(schema: Schema): Test {
	let test = compiled.get(schema);
	if (!test) {
		test = compile(schema);
		compiled.set(schema, test);
	}
	return test;
}

/** `hasType` for one type, as a closure of its own. */
function typeTestOf(type: string): Test {
	if (type === 'number') return (v) => typeof v === 'number' && Number.isFinite(v);
	if (type === 'string') return (v) => typeof v === 'string';
	if (type === 'boolean') return (v) => typeof v === 'boolean';
	if (type === 'object') return (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
	return (v) => hasType(v, type);
}

function compile(schema: Schema): Test {
	if (schema.anyOf) {
		const options = schema.anyOf.map(testOf);
		return (value) => options.some((option) => option(value));
	}
	const types = schema.type === undefined ? null : [schema.type].flat();
	const typeTest: Test | null =
		types === null
			? null
			: types.length === 1
				? typeTestOf(types[0]!)
				: (value) => types.some((t) => hasType(value, t));
	const minimum = schema.minimum;
	const items = schema.items ? testOf(schema.items) : null;
	const required = schema.required ?? [];
	const properties = new Map(
		Object.entries(schema.properties ?? {}).map(([k, v]) => [k, testOf(v)]),
	);
	const rest = schema.additionalProperties ? testOf(schema.additionalProperties) : null;
	const walk = properties.size > 0 || rest !== null;
	return (value) => {
		if (typeTest && !typeTest(value)) return false;
		if (minimum !== undefined && typeof value === 'number' && value < minimum) return false;
		if (Array.isArray(value)) {
			if (items) for (let i = 0; i < value.length; i++) if (!items(value[i])) return false;
			return true;
		}
		if (typeof value !== 'object' || value === null) return true;
		const record = value as Record<string, unknown>;
		for (const key of required) if (!Object.hasOwn(record, key)) return false;
		if (!walk) return true;
		for (const key of Object.keys(record)) {
			const test = properties.get(key) ?? rest;
			if (test && !test(record[key])) return false;
		}
		return true;
	};
}

function check(value: unknown, schema: Schema, at: string, out: string[], limit: number): void {
	if (out.length >= limit) return;
	const where = at || '/';
	if (schema.anyOf) {
		const ok = schema.anyOf.some((option) => validate(value, option, 1).length === 0);
		if (!ok) out.push(`${where}: matches none of the allowed shapes`);
		return;
	}
	if (schema.type !== undefined) {
		const types = typeof schema.type === 'string' ? [schema.type] : schema.type;
		if (!types.some((t) => hasType(value, t))) {
			out.push(`${where}: must be ${types.join(' or ')}`);
			return;
		}
	}
	if (schema.minimum !== undefined && typeof value === 'number' && value < schema.minimum)
		out.push(`${where}: must be at least ${schema.minimum}`);
	if (Array.isArray(value)) {
		if (schema.items)
			for (let i = 0; i < value.length && out.length < limit; i++)
				check(value[i], schema.items, `${at}/${i}`, out, limit);
		return;
	}
	if (typeof value !== 'object' || value === null) return;
	const record = value as Record<string, unknown>;
	for (const key of schema.required ?? [])
		if (!Object.hasOwn(record, key)) out.push(`${where}: must have ${key}`);
	for (const key of Object.keys(record)) {
		if (out.length >= limit) return;
		const own = schema.properties?.[key];
		const sub = own ?? schema.additionalProperties;
		if (sub) check(record[key], sub, `${at}/${key}`, out, limit);
	}
}
