/** Small hand-made transcripts for the quiz tests. */

import type {Speaker, Transcript} from '../../source/core/model.js';
import type {QuizSource} from '../../source/core/quiz.js';

export function speaker(
	id: string,
	name: string,
	role: string | null = null,
	anonymous = false,
): Speaker {
	const labels = role ? [`${role} ${name}`, name] : [name];
	return {id, name, role, labels, anonymous};
}

export function transcript(
	title: string,
	speakers: Speaker[],
	turns: Array<[string | null, string[]]>,
): Transcript {
	return {
		title,
		date: null,
		place: null,
		format: 'kremlin',
		speakers,
		remarks: turns.map(([s, paragraphs]) => ({speaker: s, paragraphs})),
	};
}

export const putin = speaker('putin', 'Vladimir Putin', 'President of Russia');
export const nazarbayev = speaker('nazarbayev', 'Nursultan Nazarbayev', 'President of Kazakhstan');

export const meeting = transcript(
	'Meeting with President of Kazakhstan',
	[putin, nazarbayev],
	[
		[null, ['Vladimir Putin had a meeting with Nursultan Nazarbayev.']],
		[
			'putin',
			[
				'Mr Nazarbayev,',
				'I am delighted to have had the opportunity to speak with you and discuss bilateral relations yesterday during our joint informal meeting.',
				'To begin with, I would like to note that the relations between Kazakhstan and Russia are going from strength to strength. Our trade grew by over 34 percent in the first ten months of the year.',
			],
		],
		[
			'nazarbayev',
			[
				'Mr Putin, thank you for inviting me to this meeting.',
				'Yesterday we had a trusting and friendly conversation in the circle of our colleagues from the CIS countries about the future of the region.',
				'As President of Kazakhstan, I can say that Mr. President Putin’s initiatives on the Eurasian Economic Union are supported by our whole nation.',
			],
		],
		['putin', ['Thank you.']],
		[
			'nazarbayev',
			[
				'I wish you every success and all the very best! Our two countries will keep working together on energy, space and digital technology next year.',
			],
		],
	],
);

export const presser = transcript(
	'Press statements following talks with President of Turkey',
	[
		speaker('erdogan', 'Recep Tayyip Erdoğan', 'President of Turkey'),
		putin,
		speaker('q', 'Question', null, true),
	],
	[
		[
			'erdogan',
			[
				'We discussed the construction of the Akkuyu nuclear power plant, which will be an important step for the energy security of our region.',
			],
		],
		[
			'q',
			[
				'Mr Putin, what do you think about the gas pipeline and the prices for consumers in Europe?',
			],
		],
		[
			'putin',
			[
				'The TurkStream gas pipeline is being built on schedule, and we expect the first deliveries to reach consumers at the end of next year.',
			],
		],
	],
);

export const ministers = transcript(
	'Meeting with Government members',
	[
		putin,
		speaker('siluanov', 'Anton Siluanov', 'Finance Minister'),
		speaker('novak', 'Alexander Novak', 'Energy Minister'),
	],
	[
		[
			'siluanov',
			[
				'The federal budget revenue exceeded the forecast by two percent, and we propose to direct the additional revenue to the reserve fund.',
			],
		],
		[
			'novak',
			[
				'Oil production in the country reached a record level this year, and the export of liquefied natural gas grew considerably as well.',
			],
		],
	],
);

export function source(key: string, t: Transcript, file = `/virtual/${key}.txt`): QuizSource {
	return {key, file, transcript: t};
}
