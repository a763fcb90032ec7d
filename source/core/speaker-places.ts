/**
 * Organisation words and country names: what ends an office before a name. "President of the BIE
 * Executive Committee Steen Christensen" (the capitalised "Committee" belongs to the office) and
 * "President of Yemen Abd Rabbuh Mansour Hadi" ("of Yemen" ends the office). General English, not
 * any one document.
 */

/** Capitalised words that name a body, so a name never starts with them ("Committee", "Bank"). */
export const ORG_WORDS = new Set(
	(
		'committee council board federation ministry commission agency service union bank company ' +
		'corporation department office fund foundation institute university academy society ' +
		'association organisation organization group centre center chamber court assembly parliament ' +
		'duma party government administration authority bureau directorate inspectorate holding ' +
		'concern corps guard club league congress senate cabinet secretariat tribunal network forum ' +
		'region territory district oblast krai republic'
	).split(' '),
);

/** Countries (and a few regions) as written after "of", lowercase, multi-word ones spaced. */
const PLACE_LIST =
	'afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|' +
	'bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|' +
	'bosnia and herzegovina|botswana|brazil|brunei|bulgaria|burkina faso|burundi|cambodia|' +
	'cameroon|canada|cabo verde|cape verde|chad|chile|china|colombia|comoros|congo|costa rica|' +
	'croatia|cuba|cyprus|czechia|czech republic|denmark|djibouti|dominica|dominican republic|' +
	'ecuador|egypt|el salvador|equatorial guinea|eritrea|estonia|eswatini|ethiopia|fiji|finland|' +
	'france|gabon|gambia|georgia|germany|ghana|greece|grenada|guatemala|guinea|guinea-bissau|' +
	'guyana|haiti|honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|' +
	'jamaica|japan|jordan|kazakhstan|kenya|kiribati|korea|kosovo|kuwait|kyrgyzstan|laos|latvia|' +
	'lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|madagascar|malawi|' +
	'malaysia|maldives|mali|malta|mauritania|mauritius|mexico|moldova|monaco|mongolia|' +
	'montenegro|morocco|mozambique|myanmar|namibia|nauru|nepal|netherlands|new zealand|' +
	'nicaragua|niger|nigeria|north macedonia|macedonia|norway|oman|pakistan|palau|palestine|' +
	'panama|papua new guinea|paraguay|peru|philippines|poland|portugal|qatar|romania|russia|' +
	'rwanda|samoa|san marino|saudi arabia|senegal|serbia|seychelles|sierra leone|singapore|' +
	'slovakia|slovenia|somalia|south africa|south korea|north korea|south sudan|south ossetia|' +
	'abkhazia|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|tajikistan|tanzania|' +
	'thailand|timor-leste|east timor|togo|tonga|trinidad and tobago|tunisia|turkey|turkiye|' +
	'turkmenistan|tuvalu|uganda|ukraine|united arab emirates|uae|united kingdom|uk|' +
	'united states|usa|us|uruguay|uzbekistan|vanuatu|vatican|venezuela|vietnam|viet nam|yemen|' +
	'zambia|zimbabwe|ivory coast|cote d’ivoire|transnistria|crimea|chechnya|tatarstan|' +
	'bashkortostan|dagestan|ingushetia|yakutia|buryatia|tuva|khakassia|kalmykia|mordovia|' +
	'chuvashia|udmurtia|karelia|adygea|altai|komi|sakha|kabardino-balkaria|karachay-cherkessia|' +
	'north ossetia|north ossetia-alania';

const PLACES = new Set(PLACE_LIST.split('|'));

/**
 * How many tokens at the start of `tokens` name a country ("Yemen" 1, "Sri Lanka" 2), or 0.
 * Compared lowercased; the longest match wins.
 */
export function placeLength(tokens: string[]): number {
	for (let n = Math.min(4, tokens.length); n >= 1; n--) {
		const key = tokens
			.slice(0, n)
			.join(' ')
			.toLowerCase()
			.replace(/[,.]+$/, '')
			.replace(/'/g, '’');
		if (PLACES.has(key)) return n;
	}
	return 0;
}
