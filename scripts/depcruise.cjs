/**
 * `npm run lint` runs dependency-cruiser over source/ with these rules: no import cycles anywhere,
 * and no component imports a view (views are made of components, not the other way round).
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
	],
	options: {
		doNotFollow: {path: 'node_modules'},
		tsPreCompilationDeps: true,
		tsConfig: {fileName: 'tsconfig.json'},
	},
};
