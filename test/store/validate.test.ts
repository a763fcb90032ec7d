import {describe, expect, it} from 'vitest';
import {emptyMain, emptyQuiz, mainSchema, quizSchema} from '../../source/store/schema.js';
import {type Schema, validate} from '../../source/store/validate.js';

const root = (properties: Readonly<Record<string, Schema>>): Schema => ({
	type: 'object',
	properties,
});

describe('validate', () => {
	it('checks types, integers, lists of types and minimums', () => {
		expect(validate(3, {type: 'number'})).toEqual([]);
		expect(validate('3', {type: 'number'})).toEqual(['/: must be number']);
		expect(validate(2.5, {type: 'integer'})).toEqual(['/: must be integer']);
		expect(validate(null, {type: ['number', 'null']})).toEqual([]);
		expect(validate([], {type: 'object'})).toEqual(['/: must be object']);
		expect(validate(-1, {type: 'integer', minimum: 0})).toEqual(['/: must be at least 0']);
	});

	it('walks properties, extra keys, items and alternatives, naming where the problem is', () => {
		const schema: Schema = {
			type: 'object',
			additionalProperties: {
				type: 'object',
				required: ['turn'],
				properties: {
					turn: {type: 'number'},
					tags: {type: 'array', items: {type: 'string'}},
					at: {anyOf: [{type: 'null'}, {type: 'object', required: ['x']}]},
				},
			},
		};
		expect(validate({a: {turn: 1, tags: ['x'], at: null}}, schema)).toEqual([]);
		expect(validate({a: {turn: 1, at: {x: 1}, extra: 'kept'}}, schema)).toEqual([]);
		expect(validate({a: {tags: ['x', 2]}}, schema)).toEqual([
			'/a: must have turn',
			'/a/tags/1: must be string',
		]);
		expect(validate({a: {turn: 1, at: {}}}, schema)).toEqual([
			'/a/at: matches none of the allowed shapes',
		]);
	});

	it('stops after the limit', () => {
		const many = Array.from({length: 100}, (_, i) => i);
		expect(validate(many, {type: 'array', items: {type: 'string'}}, 3)).toHaveLength(3);
	});

	it("accepts the store's fresh files and refuses damaged ones", () => {
		expect(validate(emptyMain(), root(mainSchema))).toEqual([]);
		expect(validate(emptyQuiz(), root(quizSchema))).toEqual([]);
		const damaged = {
			...emptyMain(),
			progress: {abc: {position: {turn: 'x', offset: 0}, bookmarks: [{turn: 1, offset: 0}]}},
			settings: {newPerDay: -2},
		};
		expect(validate(damaged, root(mainSchema))).toEqual([
			'/progress/abc/position: matches none of the allowed shapes',
			'/progress/abc/bookmarks/0: must have created',
			'/settings/newPerDay: must be at least 0',
		]);
	});
});
