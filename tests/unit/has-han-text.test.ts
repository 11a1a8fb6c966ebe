import { describe, expect, it } from 'vitest';
import { hasHanText } from '../../lib/page/has-han-text';

const page = (title: string, body: string): Document => {
  const doc = document.implementation.createHTMLDocument();
  doc.title = title;
  doc.body.append(new DOMParser().parseFromString(body, 'text/html').body);
  return doc;
};

describe('hasHanText', () => {
  it('finds Han in the title or anywhere in the text', () => {
    expect(hasHanText(page('宁波新闻', '<p>English only</p>'))).toBe(true);
    expect(hasHanText(page('News', '<div><p>Intro</p><p><b>浙里甬有</b></p></div>'))).toBe(true);
    // Traditional characters and a CJK extension B character are Han too.
    expect(hasHanText(page('News', '<p>Repost: 兩個先行</p>'))).toBe(true);
    expect(hasHanText(page('News', '<p>Rare: 𠀀</p>'))).toBe(true);
  });

  it('finds none in Latin text, with or without characters beyond Latin-1', () => {
    expect(hasHanText(page('News', '<p>Plain ASCII text, café and naïve.</p>'))).toBe(false);
    expect(hasHanText(page('News', '<p>Dashes — quotes “like these” and € signs</p>'))).toBe(false);
    // Kana and Hangul are not Han.
    expect(hasHanText(page('ニュース', '<p>ひらがな カタカナ 한국어</p>'))).toBe(false);
    expect(hasHanText(page('', ''))).toBe(false);
  });
});
