import { describe, expect, it } from 'vitest';
import { restoreFullWidthPunctuation as restore } from '../../lib/interview/punctuation-width';

describe('restoreFullWidthPunctuation', () => {
  it('restores each of , : ; ? ! between Chinese characters', () => {
    expect(restore('甲,乙:丙;丁?戊!己')).toBe('甲，乙：丙；丁？戊！己');
  });

  it('restores a mark next to curly or corner quotes and CJK punctuation', () => {
    expect(restore('他说:“好”,行')).toBe('他说：“好”，行');
    expect(restore('「好」,行')).toBe('「好」，行');
    expect(restore('好。,')).toBe('好。，');
  });

  it('restores a mark at the end of a paragraph that contains Chinese', () => {
    expect(restore('这叫OK!')).toBe('这叫OK！');
    expect(restore('问题是what?')).toBe('问题是what？');
  });

  it('leaves a comma between digits alone, even inside Chinese', () => {
    expect(restore('投资1,000亿元,增长5%')).toBe('投资1,000亿元，增长5%');
    expect(restore('共1,234,567人')).toBe('共1,234,567人');
  });

  it('leaves English alone, on its own or inside a Chinese paragraph', () => {
    expect(restore('Hello, world: yes; really? go!')).toBe('Hello, world: yes; really? go!');
    expect(restore('口号 Hello, world 很响')).toBe('口号 Hello, world 很响');
  });

  it('does not touch marks it has no full-width form for, or text that is already full width', () => {
    expect(restore('甲.乙')).toBe('甲.乙');
    expect(restore('甲，乙：丙')).toBe('甲，乙：丙');
    expect(restore('')).toBe('');
  });
});
