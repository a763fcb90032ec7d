/**
 * Where the Quiz view keeps its session while it is not on screen: views unmount when the app
 * switches between them (the quote opened in Read, a look at the Stats), so the session lives in a
 * holder keyed by the Library object, not in component state. The question bank is built once per
 * library, the first time the Quiz view opens (never at start-up).
 */
import type {Library} from '../../core/library.js';
import type {QuizBank} from '../../core/quiz.js';
import type {QuizState} from '../../core/quiz-session.js';
import type {Store} from '../../store/types.js';

/** Questions in a session unless `--count` says otherwise. */
export const DEFAULT_COUNT = 20;

/** The quiz of one library. */
export interface QuizMemory {
	/** Questions per session (`--count`). */
	count: number;
	/** Built lazily by the view; null until then. */
	bank: QuizBank | null;
	/** The store the session writes to (a new store starts a new session). */
	store: Store | null;
	/** The session, or null before the first one starts. */
	state: QuizState | null;
	/** `seq` of the last effect written to the store (each is written exactly once). */
	committed: number;
	/** Why there is no session ("the quiz needs at least two named speakers …"), or null. */
	problem: string | null;
	/** True when the session's new cards went beyond the daily limit on request. */
	extra: boolean;
	/** When the view was left (epoch ms): time away does not count as answer time. */
	leftAt: number | null;
}

const memories = new WeakMap<Library, QuizMemory>();

/** The quiz memory of a library (created empty on first use). */
export function quizMemory(library: Library): QuizMemory {
	let memory = memories.get(library);
	if (!memory) {
		memory = {
			count: DEFAULT_COUNT,
			bank: null,
			store: null,
			state: null,
			committed: 0,
			problem: null,
			extra: false,
			leftAt: null,
		};
		memories.set(library, memory);
	}
	return memory;
}

/** Sets the number of questions per session for a library (the app's `--count`). */
export function setQuizCount(library: Library, count: number): void {
	quizMemory(library).count = count;
}
