import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { selectPlaceNames, type Place } from '../../lib/catalog/place-names';

/** A jieba-format dictionary: `word frequency tag` lines. */
const DICTIONARY = [
  '浙江 3022 ns',
  '江苏省 953 ns',
  '四川 3779 n',
  '安大略省 48 ns',
  '上海 16377 ns',
  '上海市 1910 ns',
  '宁波 538 ns',
  '宁波市 72 ns',
  '大连 1034 d',
  '大连市 397 ns',
  '温州 30 ns',
  '温州市 40 ns',
  '东港 15 ns',
  '东港市 5 ns',
  '城市 25084 ns',
  '科教兴市 257 ns',
  '巴黎 3756 ns',
  '巴黎市 10 ns',
  '杭州市 156 n',
  '杭州 2806 ns',
  '',
  'malformed',
].join('\n');

const byName = (places: Place[], name: string) => places.filter((place) => place.name === name);

describe('selectPlaceNames', () => {
  const { version, places, shortForms } = selectPlaceNames(DICTIONARY);

  it('keeps the province-level divisions the dictionary lists as places, in the State Council order', () => {
    expect(version).toBe(1);
    expect(places.filter((place) => place.kind === 'province').map((place) => place.name)).toEqual([
      '上海',
      '江苏',
      '浙江',
    ]);
  });

  it('keeps a city whose X市 is an attested place and whose bare name is frequent', () => {
    expect(places.filter((place) => place.kind === 'city')).toEqual([
      { name: '上海', kind: 'city', province: '上海' },
      { name: '大连', kind: 'city' },
      { name: '宁波', kind: 'city', province: '浙江' },
    ]);
  });

  it('drops rare, one-character, unlisted and foreign cities', () => {
    for (const name of ['东港', '温州', '城', '科教兴', '巴黎', '杭州', '安大略', '四川'])
      expect(byName(places, name)).toEqual([]);
  });

  it('maps the short forms of the listed places only', () => {
    expect(shortForms).toEqual({ 沪: '上海', 苏: '江苏', 浙: '浙江', 甬: '宁波' });
  });
});

describe('selectPlaceNames on jieba’s dictionary', () => {
  const dictionary = readFileSync(
    createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'),
    'utf8',
  );
  const placeNames = selectPlaceNames(dictionary);
  const { places, shortForms } = placeNames;

  it('lists Ningbo as a city of Zhejiang, and Zhejiang as a province', () => {
    expect(byName(places, '宁波')).toEqual([{ name: '宁波', kind: 'city', province: '浙江' }]);
    expect(byName(places, '浙江')).toEqual([{ name: '浙江', kind: 'province' }]);
    expect(shortForms['甬']).toBe('宁波');
    expect(shortForms['浙']).toBe('浙江');
  });

  it('lists all 34 province-level divisions, and a municipality as a city too', () => {
    expect(places.filter((place) => place.kind === 'province')).toHaveLength(34);
    expect(byName(places, '上海').map((place) => place.kind)).toEqual(['province', 'city']);
  });

  it('leaves out the foreign cities jieba also tags as places', () => {
    for (const name of ['巴黎', '纽约', '东京']) expect(byName(places, name)).toEqual([]);
  });

  it('stays compact', () => {
    expect(new TextEncoder().encode(JSON.stringify(placeNames)).length).toBeLessThan(12_000);
  });
});
