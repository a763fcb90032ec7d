/**
 * `npm run lint` runs dependency-cruiser over source/ with these rules: no import cycles anywhere,
 * no component imports a view (views are made of components, not the other way round), and core
 * stays plain TypeScript: no Ink, React, UI, store or command code.
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
			comment: 'core/ imports Ink, React, the UI, the store or a command: keep core plain.',
			from: {path: '^source/core/'},
			to: {path: ['^source/(ui|store|commands)/', '^source/app', 'node_modules/(ink|react)/']},
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
