import {describe, expect, it} from 'vitest';
import {Direction, Edge} from 'yoga-layout/load';
import yoga, {loadYoga} from '../../source/ui/yoga.js';

describe("Ink's Yoga in the built app (ui/yoga.ts)", () => {
	it('is filled by loadYoga, once, and then lays out as Yoga does', async () => {
		expect(yoga.Node).toBeUndefined();
		const loading = loadYoga();
		expect(loadYoga()).toBe(loading);
		await loading;
		expect(yoga.EDGE_LEFT).toBe(Edge.Left);
		const root = yoga.Node.create();
		root.setWidth(40);
		root.setPadding(Edge.Left, 2);
		const child = yoga.Node.create();
		child.setHeight(3);
		root.insertChild(child, 0);
		root.calculateLayout(undefined, undefined, Direction.LTR);
		expect(child.getComputedLayout()).toMatchObject({left: 2, top: 0, width: 38, height: 3});
		root.freeRecursive();
	});
});
