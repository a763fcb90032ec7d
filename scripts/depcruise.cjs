/**
 * `npm run lint:deps` (part of `npm run lint`) runs dependency-cruiser over source/ with these
 * rules: no import cycles anywhere, no component imports a view (views are made of components,
 * not the other way round), and core imports no Ink, React or UI code. Cycles known when the
 * check came in (core's formats, speakers and transcript, owned by the parser work) are listed in
 * depcruise-known.json and reported, not failed; once they are gone, empty that list with
 * `npx depcruise source --config scripts/depcruise.cjs -T baseline -f scripts/depcruise-known.json`.
 */
module.exports = {
	forbidden: [
		{
			name: 'no-circular',
			severity: 'error',
			comment: 'An import cycle: modules that import each other cannot be read or tested apart.',
			from: {},
			to: {circular: true},
		},
		{
			name: 'components-not-views',
			severity: 'error',
			comment: 'A component imports a view: move what both need into components/ or state/.',
			from: {path: '^source/ui/components/'},
			to: {path: '^source/ui/views/'},
		},
		{
			name: 'core-is-plain',
			severity: 'error',
			comment: 'source/core is plain TypeScript: no Ink, React or UI code (DESIGN.md).',
			from: {path: '^source/core/'},
			to: {path: ['^source/ui/', '^source/app', 'node_modules/(ink|react)/']},
		},
	],
	options: {
		doNotFollow: {path: 'node_modules'},
		tsPreCompilationDeps: true,
		tsConfig: {fileName: 'tsconfig.json'},
		enhancedResolveOptions: {
			exportsFields: ['exports'],
			conditionNames: ['import', 'require', 'node', 'default'],
		},
	},
};
