import {InputError} from '../core/errors.js';

export async function run(_argv: string[]): Promise<number> {
	throw new InputError('quiz is not built yet');
}
