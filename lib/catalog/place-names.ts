/**
 * The places an imported interview may be about: China's province-level
 * divisions and the cities a segmentation dictionary (jieba's) knows, with their
 * standard one-character short forms (浙 for 浙江, 甬 for 宁波). Pack import
 * proposes a pack's subjects (`PackSubjects`) from them.
 */

export interface Place {
  name: string;
  kind: 'province' | 'city';
  /** The province-level division a city belongs to, when known (jieba's dictionary does not say). */
  province?: string;
}

export interface PlaceNames {
  version: 1;
  /** Province-level divisions in the State Council's order, then cities, most frequent first. */
  places: Place[];
  /** One-character short form → the full name of a listed place (浙 → 浙江, 甬 → 宁波). */
  shortForms: Record<string, string>;
}

/**
 * The 34 province-level divisions and their short forms (简称), as the State
 * Council fixes them: curated, not data. A dictionary cannot tell them apart:
 * jieba tags 安大略省 and 察哈尔省 `ns` as it does 浙江省, and 北京市 as it does
 * 宁波市. Second short forms (滇 黔 陇 秦 蜀) are left out.
 */
const PROVINCE_LEVEL: readonly (readonly [short: string, name: string])[] = [
  ['京', '北京'],
  ['津', '天津'],
  ['沪', '上海'],
  ['渝', '重庆'],
  ['冀', '河北'],
  ['豫', '河南'],
  ['云', '云南'],
  ['辽', '辽宁'],
  ['黑', '黑龙江'],
  ['湘', '湖南'],
  ['皖', '安徽'],
  ['鲁', '山东'],
  ['新', '新疆'],
  ['苏', '江苏'],
  ['浙', '浙江'],
  ['赣', '江西'],
  ['鄂', '湖北'],
  ['桂', '广西'],
  ['甘', '甘肃'],
  ['晋', '山西'],
  ['蒙', '内蒙古'],
  ['陕', '陕西'],
  ['吉', '吉林'],
  ['闽', '福建'],
  ['贵', '贵州'],
  ['粤', '广东'],
  ['青', '青海'],
  ['藏', '西藏'],
  ['川', '四川'],
  ['宁', '宁夏'],
  ['琼', '海南'],
  ['港', '香港'],
  ['澳', '澳门'],
  ['台', '台湾'],
];

/**
 * Cities whose standard short form no other place shares, with their province.
 * Left out: 筑 (贵阳; 建筑), 昆 (昆明; also 昆山), 连 (大连; also 连云港), 宁
 * (南京; also 宁夏), 汉 (武汉; also 汉中, 汉族) and nicknames such as 鹏 (深圳).
 */
const CITY_SHORT_FORMS: readonly (readonly [short: string, name: string, province: string])[] = [
  ['甬', '宁波', '浙江'],
  ['杭', '杭州', '浙江'],
  ['榕', '福州', '福建'],
  ['穗', '广州', '广东'],
  ['邕', '南宁', '广西'],
  ['蓉', '成都', '四川'],
];

/**
 * `ns` entries jieba's corpus attests as `X市` although X is no Chinese city:
 * foreign cities (jieba tags them as it tags its own), and names whose `X市` is
 * a common noun or whose X mostly means something else (大都市 metropolis, 大城市
 * big city, 南海 the South China Sea, 朝阳 the morning sun).
 */
const NOT_CHINESE_CITIES = new Set([
  '巴黎',
  '东京',
  '伦敦',
  '莫斯科',
  '纽约',
  '洛杉矶',
  '波尔多',
  '大都',
  '大城',
  '南海',
  '朝阳',
]);

/**
 * `X市` must be attested at least this often: below it, jieba's `ns` entries
 * are mostly fragments (各省市, 六街三市) or rare county-level cities.
 */
const CITY_SUFFIX_MIN_FREQUENCY = 10;
/** The bare X must be at least this frequent: a word the edge lexicon also holds. */
const CITY_MIN_FREQUENCY = 50;
/** A city's bare name: two to four Han characters (宁波, 乌鲁木齐), never 城 of 城市. */
const CITY_NAME = /^\p{Script=Han}{2,4}$/u;

/** Whether a dictionary line is tagged `ns`, a place name. */
const isPlaceLine = (line: string) => line.trimEnd().endsWith(' ns');

/** The word and frequency of a `word frequency tag` line. */
function parseEntry(line: string) {
  const [word = '', count] = line.trim().split(' ');
  return { word, frequency: Number(count) || 0 };
}

/**
 * The places of a jieba-format dictionary. A province-level division is kept
 * when the dictionary lists its name, or its name with 省 or 市, tagged `ns`. A
 * city is a bare name X whose `X市` is tagged `ns` (so 大连 counts although jieba
 * tags 大连 itself as an adverb) and is attested (`CITY_SUFFIX_MIN_FREQUENCY`),
 * with X itself frequent (`CITY_MIN_FREQUENCY`). A municipality (上海) is both
 * a province-level division and a city of its own province.
 */
export function selectPlaceNames(dictionary: string): PlaceNames {
  const provinceNames = new Set(PROVINCE_LEVEL.map(([, name]) => name));
  const listedProvinces = new Set<string>();
  const cityCandidates = new Set<string>();
  const lines = dictionary.split('\n');
  for (const line of lines) {
    if (!isPlaceLine(line)) continue;
    const { word, frequency } = parseEntry(line);
    const bare = /[省市]$/.test(word) ? word.slice(0, -1) : word;
    if (provinceNames.has(bare)) listedProvinces.add(bare);
    if (word.endsWith('市') && frequency >= CITY_SUFFIX_MIN_FREQUENCY && CITY_NAME.test(bare))
      cityCandidates.add(bare);
  }
  const cityFrequency = new Map<string, number>();
  for (const line of lines) {
    if (!cityCandidates.has(line.slice(0, line.indexOf(' ')))) continue;
    const { word, frequency } = parseEntry(line);
    if (frequency >= CITY_MIN_FREQUENCY && !NOT_CHINESE_CITIES.has(word))
      cityFrequency.set(word, frequency);
  }

  const cityProvince = new Map(CITY_SHORT_FORMS.map(([, name, province]) => [name, province]));
  const cities = [...cityFrequency]
    .sort(([a, fa], [b, fb]) => fb - fa || (a < b ? -1 : 1))
    .map(([name]): Place => {
      const province = provinceNames.has(name) ? name : cityProvince.get(name);
      return province ? { name, kind: 'city', province } : { name, kind: 'city' };
    });
  const places: Place[] = [
    ...PROVINCE_LEVEL.filter(([, name]) => listedProvinces.has(name)).map(([, name]): Place => ({
      name,
      kind: 'province',
    })),
    ...cities,
  ];

  const listed = new Set(places.map((place) => place.name));
  const shortForms: Record<string, string> = {};
  for (const [short, name] of [...PROVINCE_LEVEL, ...CITY_SHORT_FORMS])
    if (listed.has(name)) shortForms[short] = name;
  return { version: 1, places, shortForms };
}
