/**
 * Countries and the words that name them ("Japan", "Japanese"), to tell where a quiz option comes
 * from: a country word in a quote gives a speaker away only when the options come from different
 * countries ("the Russian Federation" says nothing when every option is Russian).
 */

/** Country id → the folded words (names, adjectives) that name it. */
const TABLE: Record<string, string> = {
	russia: 'russia russian russians russias',
	kazakhstan: 'kazakhstan kazakh kazakhs kazakhstani',
	belarus: 'belarus belarusian belarusians byelorussia',
	ukraine: 'ukraine ukrainian ukrainians',
	china: 'china chinese prc',
	japan: 'japan japanese',
	india: 'india indian indians',
	turkey: 'turkey turkish turkiye turks',
	iran: 'iran iranian iranians',
	france: 'france french',
	germany: 'germany german germans',
	italy: 'italy italian italians',
	serbia: 'serbia serbian serbians serbs',
	usa: 'america american americans usa',
	uk: 'britain british kingdom england english',
	armenia: 'armenia armenian armenians',
	azerbaijan: 'azerbaijan azerbaijani azerbaijanis',
	kyrgyzstan: 'kyrgyzstan kyrgyz',
	tajikistan: 'tajikistan tajik tajiks',
	uzbekistan: 'uzbekistan uzbek uzbeks',
	turkmenistan: 'turkmenistan turkmen',
	mongolia: 'mongolia mongolian mongolians',
	finland: 'finland finnish finns',
	austria: 'austria austrian austrians',
	hungary: 'hungary hungarian hungarians',
	czechia: 'czech czechia',
	slovakia: 'slovakia slovak slovakian',
	bulgaria: 'bulgaria bulgarian bulgarians',
	greece: 'greece greek greeks',
	israel: 'israel israeli israelis',
	palestine: 'palestine palestinian palestinians',
	egypt: 'egypt egyptian egyptians',
	syria: 'syria syrian syrians',
	saudi: 'saudi saudis',
	venezuela: 'venezuela venezuelan venezuelans',
	cuba: 'cuba cuban cubans',
	brazil: 'brazil brazilian brazilians',
	argentina: 'argentina argentine argentinian',
	vietnam: 'vietnam vietnamese',
	korea: 'korea korean koreans',
	abkhazia: 'abkhazia abkhazian',
	moldova: 'moldova moldovan moldovans',
	georgia: 'georgia georgian georgians',
	singapore: 'singapore singaporean',
	indonesia: 'indonesia indonesian',
	cyprus: 'cyprus cypriot',
	iraq: 'iraq iraqi iraqis',
	jordan: 'jordan jordanian',
	qatar: 'qatar qatari',
	emirates: 'emirates emirati',
	pakistan: 'pakistan pakistani',
	afghanistan: 'afghanistan afghan afghans',
	mexico: 'mexico mexican',
	canada: 'canada canadian canadians',
	spain: 'spain spanish',
	portugal: 'portugal portuguese',
	netherlands: 'netherlands dutch',
	belgium: 'belgium belgian',
	switzerland: 'switzerland swiss',
	norway: 'norway norwegian',
	sweden: 'sweden swedish',
	denmark: 'denmark danish',
	poland: 'poland polish',
	romania: 'romania romanian',
	slovenia: 'slovenia slovenian',
	croatia: 'croatia croatian',
	latvia: 'latvia latvian',
	lithuania: 'lithuania lithuanian',
	estonia: 'estonia estonian',
	ossetia: 'ossetia ossetian',
	vatican: 'vatican holy see',
	philippines: 'philippines philippine filipino',
	thailand: 'thailand thai',
	malaysia: 'malaysia malaysian',
	laos: 'laos lao',
	cambodia: 'cambodia cambodian',
	myanmar: 'myanmar burmese',
	nigeria: 'nigeria nigerian',
	angola: 'angola angolan',
	ethiopia: 'ethiopia ethiopian',
	sudan: 'sudan sudanese',
	libya: 'libya libyan',
	algeria: 'algeria algerian',
	morocco: 'morocco moroccan',
	tunisia: 'tunisia tunisian',
	lebanon: 'lebanon lebanese',
	kuwait: 'kuwait kuwaiti',
	bahrain: 'bahrain bahraini',
	oman: 'oman omani',
	chile: 'chile chilean',
	bolivia: 'bolivia bolivian',
	nicaragua: 'nicaragua nicaraguan',
	peru: 'peru peruvian',
	colombia: 'colombia colombian',
	ecuador: 'ecuador ecuadorian',
	australia: 'australia australian',
	zealand: 'zealand zealander',
	ireland: 'ireland irish',
	iceland: 'iceland icelandic',
	luxembourg: 'luxembourg',
	montenegro: 'montenegro montenegrin',
	macedonia: 'macedonia macedonian',
	bosnia: 'bosnia bosnian herzegovina',
	albania: 'albania albanian',
};

const byWord = new Map<string, string>();
for (const [id, words] of Object.entries(TABLE))
	for (const w of words.split(' ')) byWord.set(w, id);

/** The country a word names ("japanese" → "japan"), or undefined. */
export function countryOfWord(folded: string): string | undefined {
	return byWord.get(folded);
}

/** The country a role names ("Prime Minister of Japan" → "japan"), or null. */
export function countryOfRole(role: string | null): string | null {
	if (!role) return null;
	const words = role
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.match(/[\p{L}\p{N}]+/gu);
	for (const w of words ?? []) {
		const c = byWord.get(w);
		if (c) return c;
	}
	return null;
}

/** Every word that names a country (folded). */
export function countryWords(country: string): string[] {
	return TABLE[country]?.split(' ') ?? [];
}
