/** What the router knows of a view (views/registry.ts lists them). */
import type {ComponentType} from 'react';
import type {ViewId} from '../keys/keymap.js';

/** Props every view gets: `active` is false while an overlay (help) has the keys. */
export interface ViewProps {
	active: boolean;
}

export interface ViewDef {
	id: ViewId;
	title: string;
	component: ComponentType<ViewProps>;
}
